import { join } from 'node:path';

export interface DemoConfig {
  /** Where the api answers: `<apiUrl>/health`, `<apiUrl>/api/v1/...`. */
  apiUrl: string;
  password: string;
  seed: string;
  count: number;
  concurrency: number;
  orgFile: string;
  intakeTimeoutMs: number;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name}: must be a whole number from 1 to ${max} (got ${JSON.stringify(raw)})`);
  }
  return value;
}

/** The demo's settings from the environment; throws naming a bad variable. */
export function demoConfig(env: NodeJS.ProcessEnv): DemoConfig {
  const port = env.API_PORT || '3000';
  return {
    apiUrl: (env.DEMO_API_URL || `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    password: env.DEMO_PASSWORD || 'motcua',
    seed: env.DEMO_SEED || 'motcua',
    count: positiveInt(env, 'DEMO_COUNT', 100, 10_000),
    concurrency: positiveInt(env, 'DEMO_CONCURRENCY', 8, 64),
    orgFile: join(env.WORKFLOWS_DIR || 'workflows', 'org.yaml'),
    intakeTimeoutMs: positiveInt(env, 'DEMO_INTAKE_TIMEOUT', 60, 3600) * 1000,
  };
}
