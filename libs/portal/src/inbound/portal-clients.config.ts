import { isSampleEnv } from '@motcua/common';

export interface PortalClient {
  name: string;
  apiKey: string;
  secret: string;
}

export const PORTAL_CLIENTS = Symbol('PORTAL_CLIENTS');
export const DEV_PORTAL_CLIENTS = 'dvcqg:dev-portal-key:dev-portal-secret-0123456789';

const NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/i;
const MIN_SECRET = 16;

/**
 * `PORTAL_CLIENTS` = `name:apiKey:secret[,...]`. Unset, only in development, test and demo, one development
 * client (its key is public); elsewhere none.
 * Throws like the environment check on a malformed or duplicate entry; never echoes a secret.
 */
export function parsePortalClients(value: string | undefined, nodeEnv: string): PortalClient[] {
  const raw = value?.trim() || (isSampleEnv(nodeEnv) ? DEV_PORTAL_CLIENTS : '');
  if (!raw) return [];
  const clients = raw.split(',').map((entry, i) => {
    const [name, apiKey, ...rest] = entry.trim().split(':');
    const secret = rest.join(':');
    if (!name || !NAME.test(name) || !apiKey || secret.length < MIN_SECRET) {
      throw new Error(
        `Invalid environment:\n  PORTAL_CLIENTS: entry ${i + 1} must be name:apiKey:secret ` +
          `(name of letters, digits, . _ -; a secret of at least ${MIN_SECRET} characters)`,
      );
    }
    return { name, apiKey, secret };
  });
  for (const key of ['name', 'apiKey'] as const) {
    const seen = new Set<string>();
    for (const client of clients) {
      if (seen.has(client[key])) {
        throw new Error(`Invalid environment:\n  PORTAL_CLIENTS: two clients share the same ${key}`);
      }
      seen.add(client[key]);
    }
  }
  return clients;
}
