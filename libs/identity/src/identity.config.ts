import type { ConfigService } from '@nestjs/config';
import { isSampleEnv } from '@motcua/common';

export { TOKEN_TTL_SECONDS } from './session.policy';
export const DEVELOPMENT_JWT_SECRET = 'motcua-development-secret';
export const DEFAULT_DEMO_PASSWORD = 'motcua';

type Read = (key: string) => string | undefined;

export const fromConfig =
  (config: ConfigService): Read =>
  (key) =>
    config.get<string>(key);

/**
 * JWT_SECRET. The development default only where NODE_ENV says development, test or demo; elsewhere the
 * environment check has required a strong one already, and this refuses to go on without it.
 */
export function readJwtSecret(read: Read): string {
  const secret = read('JWT_SECRET');
  if (isSampleEnv(read('NODE_ENV'))) return secret || DEVELOPMENT_JWT_SECRET;
  if (!secret || secret === DEVELOPMENT_JWT_SECRET) {
    throw new Error(`Invalid environment:\n  JWT_SECRET: is required in ${read('NODE_ENV') ?? 'production'}`);
  }
  return secret;
}

/** The password a newly seeded user gets: DEMO_PASSWORD or `motcua` in development, test and demo; else none. */
export function readDemoPassword(read: Read): string | null {
  return isSampleEnv(read('NODE_ENV')) ? read('DEMO_PASSWORD') || DEFAULT_DEMO_PASSWORD : null;
}
