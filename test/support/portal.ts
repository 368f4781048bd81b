import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { signPortalRequest } from '@motcua/portal';

export const DEV_PORTAL = { apiKey: 'dev-portal-key', secret: 'dev-portal-secret-0123456789' };

export interface SignOptions {
  apiKey?: string;
  secret?: string;
  timestamp?: string;
  nonce?: string;
  /** Replaces the computed signature. */
  signature?: string;
}

/** The headers a portal client sends with `body` (serialized exactly as signed). */
export function portalHeaders(body: string, options: SignOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? randomUUID();
  const secret = options.secret ?? DEV_PORTAL.secret;
  return {
    'content-type': 'application/json',
    'x-api-key': options.apiKey ?? DEV_PORTAL.apiKey,
    'x-timestamp': timestamp,
    'x-nonce': nonce,
    'x-signature': options.signature ?? signPortalRequest(secret, timestamp, nonce, Buffer.from(body)),
  };
}

/** POST /api/v1/portal/dossiers, signed as the development portal client unless told otherwise. */
export function submitToPortal(app: INestApplication, payload: unknown, options: SignOptions = {}) {
  const body = JSON.stringify(payload);
  return request(app.getHttpServer())
    .post('/api/v1/portal/dossiers')
    .set(portalHeaders(body, options))
    .send(body);
}
