import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Clock } from '@motcua/common';
import { type PortalClient, PORTAL_CLIENTS } from './portal-clients.config';
import { PortalErrorCode, PortalException } from './portal.exception';
import { PortalInboundRepository } from './portal-inbound.repository';
import { verifyPortalRequest } from './portal-signature.rules';

export interface PortalRequest extends Request {
  rawBody?: Buffer;
  portalClient?: PortalClient;
}

const header = (req: Request, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** A portal client's signed request: key, fresh timestamp, signature, then a nonce not seen before. */
@Injectable()
export class PortalSignatureGuard implements CanActivate {
  constructor(
    @Inject(PORTAL_CLIENTS) private readonly clients: PortalClient[],
    private readonly repository: PortalInboundRepository,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<PortalRequest>();
    const now = this.clock.now();
    const client = verifyPortalRequest(
      this.clients,
      {
        apiKey: header(req, 'x-api-key'),
        timestamp: header(req, 'x-timestamp'),
        nonce: header(req, 'x-nonce'),
        signature: header(req, 'x-signature'),
        rawBody: req.rawBody ?? Buffer.alloc(0),
      },
      now,
    );
    if (!(await this.repository.useNonce(client.name, header(req, 'x-nonce')!, now))) {
      throw new PortalException(PortalErrorCode.ReplayedNonce, 'X-Nonce: already used by this client');
    }
    req.portalClient = client;
    return true;
  }
}
