import { config } from 'dotenv';
import { type Environment, validateEnvironment } from './environment.config';
import { isSampleEnv } from './secrets.rules';

/**
 * Fills process.env from `.env` (yours, not committed), then, only when NODE_ENV says development, test or demo,
 * from `.env.defaults` (loopback development values and the published sample secrets); never overrides what the
 * process was given. Without NODE_ENV no sample value is read, and start-up names what is missing.
 * Throws naming every bad or missing variable.
 */
export function loadEnvironment(): Environment {
  if (process.env.NODE_ENV !== 'production') config({ path: '.env', quiet: true });
  if (isSampleEnv(process.env.NODE_ENV)) config({ path: '.env.defaults', quiet: true });
  const env = validateEnvironment(process.env);
  process.env.TZ = env.TZ;
  return env;
}
