import { Inject, Injectable } from '@nestjs/common';
import { CITIZEN_NOTICE_CONFIG, type CitizenNoticeConfig } from './citizen-notice.config';
import { withoutDiacritics } from './citizen-notice-text.rules';

const TIMEOUT_MS = 10_000;

/** The JSON body POSTed to SMS_GATEWAY_URL (docs/citizen.md). */
export interface SmsRequest {
  /** The notice's id: the gateway drops a request it has already taken (motcua delivers at least once). */
  reference: string;
  from: string;
  /** 84 and the subscriber number, digits only. */
  to: string;
  text: string;
  unicode: boolean;
}

/** Sends a text through the HTTP gateway; anything but a 2xx answer is retried by the queue. */
@Injectable()
export class SmsChannelService {
  constructor(@Inject(CITIZEN_NOTICE_CONFIG) private readonly config: CitizenNoticeConfig) {}

  get enabled(): boolean {
    return this.config.sms !== null;
  }

  async send(reference: string, to: string, text: string): Promise<void> {
    const sms = this.config.sms;
    if (!sms) throw new Error('the SMS channel is off');
    const body: SmsRequest = {
      reference,
      from: sms.sender,
      to,
      text: sms.unicode ? text : withoutDiacritics(text),
      unicode: sms.unicode,
    };
    const res = await fetch(sms.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sms.token}`,
        'content-type': 'application/json; charset=utf-8',
        'idempotency-key': reference,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    // The status only: the gateway's answer may repeat the number or the text.
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
  }
}
