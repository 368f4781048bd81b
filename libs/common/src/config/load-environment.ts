import { config } from 'dotenv';
import { type Environment, validateEnvironment } from './environment';

/**
 * Fills process.env from `.env` (yours, not committed) then `.env.defaults` (loopback development values),
 * never overriding what the process was given; production reads the process environment only.
 * Throws naming every bad or missing variable.
 */
export function loadEnvironment(): Environment {
  if (process.env.NODE_ENV !== 'production') config({ path: ['.env', '.env.defaults'], quiet: true });
  const env = validateEnvironment(process.env);
  process.env.TZ = env.TZ;
  return env;
}
