import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { CITIZEN_NOTICE_CONFIG, type CitizenNoticeConfig } from './citizen-notice.config';
import type { CitizenMessage } from './citizen-notice-text.rules';

/** Sends a notice by SMTP to the applicant's own address (CITIZEN_EMAIL with SMTP_URL). */
@Injectable()
export class CitizenEmailChannelService implements OnModuleDestroy {
  private transporter?: Transporter;

  constructor(@Inject(CITIZEN_NOTICE_CONFIG) private readonly config: CitizenNoticeConfig) {}

  get enabled(): boolean {
    return this.config.email !== null;
  }

  async send(reference: string, to: string, message: CitizenMessage): Promise<void> {
    const email = this.config.email;
    if (!email) throw new Error('the citizen e-mail channel is off');
    this.transporter ??= createTransport(email.smtpUrl);
    try {
      await this.transporter.sendMail({
        from: email.from,
        to,
        subject: message.subject,
        text: `${message.body}\n`,
        headers: { 'X-Motcua-Notice': reference },
      });
    } catch (error) {
      const { responseCode, code } = error as { responseCode?: number; code?: string };
      // An SMTP refusal quotes the address: only its code is kept, the cause left out of the job's record.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(`SMTP refused the message (${responseCode ?? code ?? 'no answer'})`);
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
