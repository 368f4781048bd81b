import { portalSyncBackoffMs, portalSyncMaxAttempts } from '@motcua/queue';

export const PORTAL_SYNC_CONFIG = Symbol('PORTAL_SYNC_CONFIG');
export const DEFAULT_PORTAL_SYNC_SWEEP_MS = 60_000;

export interface PortalSyncConfig {
  /** PORTAL_SYNC_URL; null: sync is off and messages stay pending until it is set. */
  url: string | null;
  /** PORTAL_SYNC_SECRET, the HMAC key; required with the URL. */
  secret: string;
  maxAttempts: number;
  backoffMs: number;
  /** PORTAL_SYNC_SWEEP_MS: period of the sweep that re-adds the sync of dossiers Redis lost. */
  sweepMs: number;
}

type Read = (key: string) => string | undefined;

export function readPortalSyncConfig(read: Read): PortalSyncConfig {
  const url = read('PORTAL_SYNC_URL') ?? null;
  if (url !== null && !/^https?:\/\//.test(url)) {
    throw new Error(
      'Invalid environment:\n  PORTAL_SYNC_URL: must be a URL starting with http:// or https://',
    );
  }
  const secret = read('PORTAL_SYNC_SECRET') ?? '';
  if (url !== null && secret === '') {
    throw new Error(
      'Invalid environment:\n  PORTAL_SYNC_SECRET: is required when PORTAL_SYNC_URL is set (missing)',
    );
  }
  return {
    url,
    secret,
    maxAttempts: portalSyncMaxAttempts(read),
    backoffMs: portalSyncBackoffMs(read),
    sweepMs: portalSyncSweepInterval(read('PORTAL_SYNC_SWEEP_MS')),
  };
}

/** PORTAL_SYNC_SWEEP_MS, unset (undefined) for the default. */
export function portalSyncSweepInterval(sweep: string | undefined): number {
  const sweepMs = sweep === undefined ? DEFAULT_PORTAL_SYNC_SWEEP_MS : Number(sweep);
  if (!Number.isInteger(sweepMs) || sweepMs < 100) {
    throw new Error('Invalid environment:\n  PORTAL_SYNC_SWEEP_MS: must be an integer of at least 100');
  }
  return sweepMs;
}
