/** The variables that are required only together with another one. */
export interface PairedSettings {
  PORTAL_SYNC_URL?: string;
  PORTAL_SYNC_SECRET?: string;
  SMS_GATEWAY_URL?: string;
  SMS_GATEWAY_TOKEN?: string;
  NOTIFY_WEBHOOK_URL?: string;
  NOTIFY_WEBHOOK_SECRET?: string;
  CITIZEN_EMAIL?: boolean;
  SMTP_URL?: string;
  DATABASE_URL?: string;
  DATABASE_REPLICA_URL?: string;
}

/** host:port/database of a PostgreSQL URL (credentials and options aside); undefined when it does not parse. */
function databaseOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return undefined;
  }
}

/**
 * A secret is required with the URL it signs or authenticates to, citizen e-mail needs a mail relay, and a replica
 * is another server than the primary.
 * Returns `NAME: problem (missing)` lines; empty when all is well.
 */
export function pairedErrors(env: PairedSettings): string[] {
  const errors: string[] = [];
  const requires = (name: string, value: unknown, when: string, given: unknown) => {
    if (given && !value) errors.push(`${name}: is required when ${when} (missing)`);
  };
  requires('PORTAL_SYNC_SECRET', env.PORTAL_SYNC_SECRET, 'PORTAL_SYNC_URL is set', env.PORTAL_SYNC_URL);
  requires('SMS_GATEWAY_TOKEN', env.SMS_GATEWAY_TOKEN, 'SMS_GATEWAY_URL is set', env.SMS_GATEWAY_URL);
  requires(
    'NOTIFY_WEBHOOK_SECRET',
    env.NOTIFY_WEBHOOK_SECRET,
    'NOTIFY_WEBHOOK_URL is set',
    env.NOTIFY_WEBHOOK_URL,
  );
  requires('SMTP_URL', env.SMTP_URL, 'CITIZEN_EMAIL is on', env.CITIZEN_EMAIL);
  // A replica that is the primary itself would report "no lag" while taking the very load it exists to take off.
  const replica = databaseOf(env.DATABASE_REPLICA_URL);
  if (replica && replica === databaseOf(env.DATABASE_URL))
    errors.push('DATABASE_REPLICA_URL: must name a replica, not the database of DATABASE_URL');
  return errors;
}
