import type { NotificationEnv } from '@motcua/common';

export { DEFAULT_EMAIL_FROM } from '@motcua/common';
export const NOTIFICATION_CONFIG = Symbol('NOTIFICATION_CONFIG');

/**
 * The outside channels (EnvData.notification): SMTP_URL with NOTIFY_EMAIL_TO turns e-mail on, NOTIFY_WEBHOOK_URL
 * (with its required secret) the webhook. In-app notifications are always on.
 */
export type NotificationConfig = NotificationEnv;
