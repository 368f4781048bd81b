/** Environments that say outright they are not production: only they may use the published sample values. */
export const SAMPLE_ENVS = ['development', 'test', 'demo'] as const;

export const isSampleEnv = (nodeEnv: string | undefined): boolean =>
  (SAMPLE_ENVS as readonly string[]).includes(nodeEnv ?? '');

export const SECRET_MIN_LENGTH = 32;

/** Values published in this repository (sample files, compose defaults, docs) or in every tutorial. */
export const KNOWN_SECRETS = [
  'motcua-development-secret',
  'compose-demo-secret-change-me',
  'dev-portal-key',
  'dev-portal-secret-0123456789',
  'faults-jwt-secret-0123456789',
  'motcua',
  'secret',
  'changeme',
  'change-me',
  'password',
  'your-secret-key',
  'jwt-secret',
  'minioadmin',
] as const;

const PLACEHOLDER = /change.?me|example|placeholder|your.?secret|xxxxxxxx|0123456789|abcdefgh/i;

/**
 * What is wrong with a secret meant for production, or null: at least 32 characters, not a published value
 * nor a placeholder, and not a run of a few characters repeated (`aaaa…`, `abab…`).
 */
export function secretProblem(value: string): string | null {
  const lower = value.toLowerCase();
  if ((KNOWN_SECRETS as readonly string[]).some((known) => lower.includes(known)) || PLACEHOLDER.test(value))
    return 'must not be a published sample or placeholder value';
  if (value.length < SECRET_MIN_LENGTH) return `must be at least ${SECRET_MIN_LENGTH} characters long`;
  if (new Set(value).size < 10)
    return 'must not repeat a few characters (use a random value: openssl rand -base64 48)';
  return null;
}

export interface SecretSettings {
  NODE_ENV?: string;
  JWT_SECRET?: string;
  DEMO_PASSWORD?: string;
  PORTAL_CLIENTS?: string;
  PORTAL_SYNC_SECRET?: string;
  NOTIFY_WEBHOOK_SECRET?: string;
  S3_SECRET_KEY?: string;
  SIGNING_P12_PASSWORD?: string;
}

/**
 * Outside the sample environments, every secret that is set must pass `secretProblem`, JWT_SECRET must be
 * set, and the sample users' password must not be. Returns `NAME: problem` lines; empty when all is well.
 */
export function secretErrors(env: SecretSettings): string[] {
  if (isSampleEnv(env.NODE_ENV)) return [];
  const errors: string[] = [];
  const check = (name: string, value: string | undefined) => {
    const problem = value === undefined ? null : secretProblem(value);
    if (problem) errors.push(`${name}: ${problem}`);
  };
  if (!env.JWT_SECRET) errors.push(`JWT_SECRET: is required in ${env.NODE_ENV ?? 'production'}`);
  else check('JWT_SECRET', env.JWT_SECRET);
  check('PORTAL_SYNC_SECRET', env.PORTAL_SYNC_SECRET);
  check('NOTIFY_WEBHOOK_SECRET', env.NOTIFY_WEBHOOK_SECRET);
  check('S3_SECRET_KEY', env.S3_SECRET_KEY);
  (env.PORTAL_CLIENTS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .forEach((entry, i) => {
      const [, apiKey = '', ...rest] = entry.split(':');
      const problem = secretProblem(rest.join(':'));
      if (problem) errors.push(`PORTAL_CLIENTS: the secret of entry ${i + 1} ${problem}`);
      if ((KNOWN_SECRETS as readonly string[]).includes(apiKey.toLowerCase()))
        errors.push(`PORTAL_CLIENTS: the api key of entry ${i + 1} must not be a published sample value`);
    });
  // A CA chooses the PKCS#12 password, so its length is not ruled; the demo's published one is refused.
  const p12 = env.SIGNING_P12_PASSWORD?.toLowerCase();
  if (p12 && (KNOWN_SECRETS as readonly string[]).some((known) => p12.includes(known)))
    errors.push('SIGNING_P12_PASSWORD: must not be a published sample value');
  if (env.DEMO_PASSWORD !== undefined)
    errors.push('DEMO_PASSWORD: must not be set in production (set passwords with users:set-password)');
  return errors;
}
