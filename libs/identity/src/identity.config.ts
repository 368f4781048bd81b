import type { ConfigService } from '@nestjs/config';

export const TOKEN_TTL_SECONDS = 12 * 60 * 60;
export const DEVELOPMENT_JWT_SECRET = 'motcua-development-secret';
export const DEFAULT_DEMO_PASSWORD = 'motcua';

type Read = (key: string) => string | undefined;

export const fromConfig =
  (config: ConfigService): Read =>
  (key) =>
    config.get<string>(key);

/** JWT_SECRET: production must set its own; elsewhere a development default. Throws like the environment check. */
export function readJwtSecret(read: Read): string {
  const secret = read('JWT_SECRET');
  if (read('NODE_ENV') !== 'production') return secret || DEVELOPMENT_JWT_SECRET;
  if (!secret) throw new Error('Invalid environment:\n  JWT_SECRET: is required in production (missing)');
  if (secret === DEVELOPMENT_JWT_SECRET) {
    throw new Error('Invalid environment:\n  JWT_SECRET: must not be the development secret in production');
  }
  return secret;
}

/** The password a newly seeded user gets: DEMO_PASSWORD or `motcua`; none in production. */
export function readDemoPassword(read: Read): string | null {
  return read('NODE_ENV') === 'production' ? null : read('DEMO_PASSWORD') || DEFAULT_DEMO_PASSWORD;
}
