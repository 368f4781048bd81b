import type { ConfigService } from '@nestjs/config';

export const NOTIFICATION_CONFIG = Symbol('NOTIFICATION_CONFIG');
export const DEFAULT_EMAIL_FROM = 'motcua <no-reply@motcua.invalid>';

/** The outside channels; each is off (null) unless configured. In-app notifications are always on. */
export interface NotificationConfig {
  email: { smtpUrl: string; to: string; from: string } | null;
  webhook: { url: string; secret: string } | null;
  /** Set when a channel was only half configured, to be logged at start-up. */
  warnings: string[];
}

type Read = (key: string) => string | undefined;

export const fromConfig =
  (config: ConfigService): Read =>
  (key) =>
    config.get<string>(key) || undefined;

function url(read: Read, key: string, schemes: string[]): string | undefined {
  const value = read(key);
  if (value === undefined) return undefined;
  let scheme: string | undefined;
  try {
    scheme = new URL(value).protocol.replace(/:$/, '');
  } catch {
    scheme = undefined;
  }
  if (!scheme || !schemes.includes(scheme)) {
    // Not echoed: an SMTP URL carries its password.
    throw new Error(
      `Invalid environment:\n  ${key}: must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`,
    );
  }
  return value;
}

/**
 * SMTP_URL (smtp:// or smtps://) turns e-mail on, sent to NOTIFY_EMAIL_TO from NOTIFY_EMAIL_FROM; without a
 * NOTIFY_EMAIL_TO there is nobody to send to and e-mail stays off. NOTIFY_WEBHOOK_URL turns the webhook on and
 * then requires NOTIFY_WEBHOOK_SECRET, which signs every body. Throws like the environment check on a bad value.
 */
export function readNotificationConfig(read: Read): NotificationConfig {
  const warnings: string[] = [];
  const smtpUrl = url(read, 'SMTP_URL', ['smtp', 'smtps']);
  const to = read('NOTIFY_EMAIL_TO');
  if (smtpUrl && !to)
    warnings.push('SMTP_URL is set but NOTIFY_EMAIL_TO is not: e-mail notifications stay off');
  const webhookUrl = url(read, 'NOTIFY_WEBHOOK_URL', ['http', 'https']);
  const secret = read('NOTIFY_WEBHOOK_SECRET');
  if (webhookUrl && !secret) {
    throw new Error(
      'Invalid environment:\n  NOTIFY_WEBHOOK_SECRET: is required when NOTIFY_WEBHOOK_URL is set (missing)',
    );
  }
  return {
    email: smtpUrl && to ? { smtpUrl, to, from: read('NOTIFY_EMAIL_FROM') ?? DEFAULT_EMAIL_FROM } : null,
    webhook: webhookUrl && secret ? { url: webhookUrl, secret } : null,
    warnings,
  };
}
