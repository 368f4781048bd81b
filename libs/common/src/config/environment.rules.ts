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
}

/**
 * A secret is required with the URL it signs or authenticates to, and citizen e-mail needs a mail relay.
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
  return errors;
}
