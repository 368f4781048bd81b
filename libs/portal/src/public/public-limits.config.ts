import { Inject, Injectable } from '@nestjs/common';
import { addressBucket } from './client-address.rules';
import { PublicErrorCode, PublicException } from './public.exception';
import { FixedWindowLimiter, type RateLimit, type RateVerdict } from './rate-limiter.rules';

export const PUBLIC_LIMITS = Symbol('PUBLIC_LIMITS');

export interface PublicLimitsConfig {
  /** Requests from one address (IPv6: its /64) to the public endpoints. */
  requests: RateLimit;
  /** Wrong keys for one dossier code, from every address together. */
  wrongKeysPerCode: RateLimit;
  /** Wrong keys from one address, for every code together. */
  wrongKeysPerAddress: RateLimit;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const publicLimits = (requests: number, perCode: number, perAddress: number): PublicLimitsConfig => ({
  requests: { limit: requests, windowMs: MINUTE },
  wrongKeysPerCode: { limit: perCode, windowMs: HOUR },
  wrongKeysPerAddress: { limit: perAddress, windowMs: HOUR },
});

function refuse(verdict: RateVerdict, what: string): never {
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
  throw new PublicException(PublicErrorCode.RateLimited, `${what}; try again in ${seconds} s`, {
    retryAfterSeconds: seconds,
  });
}

/** The public endpoints' limits: requests per address, and wrong lookup keys per code and per address. */
@Injectable()
export class PublicLimits {
  constructor(
    private readonly limiter: FixedWindowLimiter,
    @Inject(PUBLIC_LIMITS) private readonly config: PublicLimitsConfig,
  ) {}

  async request(address: string | undefined): Promise<void> {
    const verdict = await this.limiter.hit(`public:${addressBucket(address)}`, this.config.requests);
    if (!verdict.allowed) refuse(verdict, 'too many requests from this address');
  }

  /** Refuses to try a key while the code, or the address, has used up its wrong keys. */
  async assertMayTryKey(code: string, address: string | undefined): Promise<void> {
    const [byCode, byAddress] = await this.limiter.peek(
      [`wrong-key:code:${code}`, this.config.wrongKeysPerCode],
      [`wrong-key:addr:${addressBucket(address)}`, this.config.wrongKeysPerAddress],
    );
    if (!byCode.allowed) refuse(byCode, 'too many wrong keys for this dossier code');
    if (!byAddress.allowed) refuse(byAddress, 'too many wrong keys from this address');
  }

  async wrongKey(code: string, address: string | undefined): Promise<void> {
    await Promise.all([
      this.limiter.hit(`wrong-key:code:${code}`, this.config.wrongKeysPerCode),
      this.limiter.hit(`wrong-key:addr:${addressBucket(address)}`, this.config.wrongKeysPerAddress),
    ]);
  }
}
