import type { ConfigService } from '@nestjs/config';
import type { Environment } from '@motcua/common';
import { DEFAULT_EMAIL_FROM } from '../notification.config';

export const CITIZEN_NOTICE_CONFIG = Symbol('CITIZEN_NOTICE_CONFIG');

/** The citizen's channels; each is off (null) unless configured. */
export interface CitizenNoticeConfig {
  sms: { url: string; token: string; sender: string; unicode: boolean } | null;
  email: { smtpUrl: string; from: string } | null;
  /** Where the messages' links point: PUBLIC_BASE_URL. */
  publicBaseUrl: string;
}

type Env = Pick<
  Environment,
  | 'SMS_GATEWAY_URL'
  | 'SMS_GATEWAY_TOKEN'
  | 'SMS_SENDER'
  | 'SMS_UNICODE'
  | 'CITIZEN_EMAIL'
  | 'SMTP_URL'
  | 'NOTIFY_EMAIL_FROM'
  | 'PUBLIC_BASE_URL'
>;

/**
 * SMS_GATEWAY_URL turns SMS on and then requires SMS_GATEWAY_TOKEN; CITIZEN_EMAIL turns e-mail to applicants on
 * and then requires SMTP_URL. Throws like the environment check on a half-configured channel.
 */
export function readCitizenNoticeConfig(env: Env): CitizenNoticeConfig {
  if (env.SMS_GATEWAY_URL && !env.SMS_GATEWAY_TOKEN) {
    throw new Error(
      'Invalid environment:\n  SMS_GATEWAY_TOKEN: is required when SMS_GATEWAY_URL is set (missing)',
    );
  }
  if (env.CITIZEN_EMAIL && !env.SMTP_URL) {
    throw new Error('Invalid environment:\n  SMTP_URL: is required when CITIZEN_EMAIL is on (missing)');
  }
  return {
    sms:
      env.SMS_GATEWAY_URL && env.SMS_GATEWAY_TOKEN
        ? {
            url: env.SMS_GATEWAY_URL,
            token: env.SMS_GATEWAY_TOKEN,
            sender: env.SMS_SENDER,
            unicode: env.SMS_UNICODE,
          }
        : null,
    email:
      env.CITIZEN_EMAIL && env.SMTP_URL
        ? { smtpUrl: env.SMTP_URL, from: env.NOTIFY_EMAIL_FROM ?? DEFAULT_EMAIL_FROM }
        : null,
    publicBaseUrl: env.PUBLIC_BASE_URL,
  };
}

export const citizenNoticeConfigOf = (config: ConfigService<Environment, true>): CitizenNoticeConfig =>
  readCitizenNoticeConfig({
    SMS_GATEWAY_URL: config.get('SMS_GATEWAY_URL', { infer: true }),
    SMS_GATEWAY_TOKEN: config.get('SMS_GATEWAY_TOKEN', { infer: true }),
    SMS_SENDER: config.get('SMS_SENDER', { infer: true }),
    SMS_UNICODE: config.get('SMS_UNICODE', { infer: true }),
    CITIZEN_EMAIL: config.get('CITIZEN_EMAIL', { infer: true }),
    SMTP_URL: config.get('SMTP_URL', { infer: true }),
    NOTIFY_EMAIL_FROM: config.get('NOTIFY_EMAIL_FROM', { infer: true }),
    PUBLIC_BASE_URL: config.get('PUBLIC_BASE_URL', { infer: true }),
  });
