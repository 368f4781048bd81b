import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { citizenPageUrl, Clock } from '@motcua/common';
import { DossierRepository } from '@motcua/dossier';
import { findUnit, topUnitOf } from '@motcua/engine';
import { CitizenEmailChannelService } from './citizen-email-channel.service';
import { CITIZEN_NOTICE_CONFIG, type CitizenNoticeConfig } from './citizen-notice.config';
import type { CitizenNoticeEntity } from './citizen-notice.entity';
import { CitizenNoticeRepository } from './citizen-notice.repository';
import { smsNumber } from './citizen-notice.rules';
import { citizenMessage, type CitizenNoticeContext } from './citizen-notice-text.rules';
import { SmsChannelService } from './sms-channel.service';

export type CitizenDeliveryResult =
  { delivered: true } | { delivered: false; reason: 'already' | 'channel_off' | 'no_address' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Handles `deliver-citizen-notice {noticeId}`: the notice is locked while sending, so one sender at a time; once
 * delivered, a redelivered job does nothing. The address is read from the dossier now, the text laid out from
 * the notice's facts. A failed send is recorded (attempts, an error without address or text) and thrown, for
 * BullMQ to retry with backoff.
 */
@Injectable()
export class CitizenNoticeDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: CitizenNoticeRepository,
    private readonly dossiers: DossierRepository,
    private readonly revisions: ProcedureRevisionsService,
    @Inject(CATALOG) private readonly catalog: Catalog,
    @Inject(CITIZEN_NOTICE_CONFIG) private readonly config: CitizenNoticeConfig,
    private readonly clock: Clock,
    private readonly sms: SmsChannelService,
    private readonly email: CitizenEmailChannelService,
  ) {}

  async deliver(noticeId: string): Promise<CitizenDeliveryResult> {
    if (!UUID.test(String(noticeId)))
      throw new UnrecoverableError(`deliver-citizen-notice: '${noticeId}' is not a notice id`);
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<CitizenDeliveryResult | Error> => {
        const notice = await this.notices.lock(manager, noticeId);
        if (!notice) throw new UnrecoverableError(`deliver-citizen-notice: no notice ${noticeId}`);
        if (notice.deliveredAt) return { delivered: false, reason: 'already' };
        // Turned off since the notice was written: left undelivered, for when it is on again.
        if (!(notice.channel === 'sms' ? this.sms : this.email).enabled)
          return { delivered: false, reason: 'channel_off' };
        try {
          const sent = await this.send(notice);
          await this.notices.attempted(manager, notice.id, this.clock.now(), null);
          return sent ? { delivered: true } : { delivered: false, reason: 'no_address' };
        } catch (error) {
          await this.notices.attempted(
            manager,
            notice.id,
            this.clock.now(),
            String((error as Error).message),
          );
          return error as Error;
        }
      },
    );
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /** False when the dossier no longer has an address on the notice's channel (nothing to send: done with it). */
  private async send(notice: CitizenNoticeEntity): Promise<boolean> {
    const dossier = await this.dossiers.findById(notice.dossierId);
    if (!dossier) return false;
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const { org } = this.catalog;
    const unitName = (id: string) => findUnit(org, id)?.name ?? id;
    const context: CitizenNoticeContext = {
      code: dossier.code,
      lookupKey: dossier.lookupKey,
      procedureName: definition.name,
      receivingUnit: unitName(dossier.receivingUnit),
      agency: unitName(definition.agency ?? topUnitOf(org, dossier.receivingUnit)),
      link: citizenPageUrl(this.config.publicBaseUrl, dossier.code, dossier.lookupKey),
    };
    const message = citizenMessage(notice.kind, notice.facts, context);
    if (notice.channel === 'sms') {
      const to = smsNumber(dossier.applicant?.phone);
      if (!to) return false;
      await this.sms.send(notice.id, to, message.sms);
      return true;
    }
    const to = dossier.applicant?.email;
    if (!to) return false;
    await this.email.send(notice.id, to, message);
    return true;
  }
}
