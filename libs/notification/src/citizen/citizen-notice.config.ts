import type { CitizenNoticeEnv, EnvData } from '@motcua/common';

export const CITIZEN_NOTICE_CONFIG = Symbol('CITIZEN_NOTICE_CONFIG');

/**
 * The citizen's channels (EnvData.citizenNotice): SMS_GATEWAY_URL (with its required token) turns SMS on,
 * CITIZEN_EMAIL (with its required SMTP_URL) e-mail to applicants.
 */
export type CitizenNoticeConfig = CitizenNoticeEnv;

export const citizenNoticeConfigOf = (env: EnvData): CitizenNoticeConfig => env.citizenNotice;
