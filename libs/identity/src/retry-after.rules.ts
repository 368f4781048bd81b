import type { Response } from 'express';
import { IdentityException } from './identity.exception';

/** Runs `work`; when it is refused with a wait (429, 503), says so in `Retry-After` as well as in the body. */
export async function withRetryAfter<T>(response: Response, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const seconds = error instanceof IdentityException ? error.retryAfterSeconds : undefined;
    if (seconds !== undefined) response.setHeader('Retry-After', String(seconds));
    throw error;
  }
}

/** The client's address as Express sees it (the proxy's last hop unless `trust proxy` is set). */
export const clientAddress = (request: { ip?: string }): string => request.ip ?? 'unknown';
