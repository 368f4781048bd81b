import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type CitizenNoticeChange,
  type CitizenNoticePlanner,
  type DependentRow,
  Stamped,
} from '@motcua/dossier';
import { jobId, JobName, type OutboxItem } from '@motcua/queue';
import { CITIZEN_NOTICE_CONFIG, type CitizenNoticeConfig } from './citizen-notice.config';
import { citizenNoticeOf, noticeChannels } from './citizen-notice.rules';

/**
 * The ledger's CITIZEN_NOTICES: for a change the citizen is told of, one `citizen_notice` row per channel the
 * applicant can be reached on, with its key in `citizen_notice_once` (written in the change's transaction), and its
 * delivery job.
 */
@Injectable()
export class CitizenNoticeWriterService implements CitizenNoticePlanner {
  private readonly on: { sms: boolean; email: boolean };

  constructor(@Inject(CITIZEN_NOTICE_CONFIG) config: CitizenNoticeConfig) {
    this.on = { sms: config.sms !== null, email: config.email !== null };
  }

  plan(change: CitizenNoticeChange): { rows: DependentRow[]; jobs: OutboxItem[] } {
    const channels = noticeChannels(change.dossier.applicant, this.on);
    const notice = channels.length > 0 ? citizenNoticeOf(change) : null;
    if (!notice) return { rows: [], jobs: [] };
    const ids = channels.map(() => randomUUID());
    return {
      // The notice's key first, into the unpartitioned `citizen_notice_once` (a second notice of the same change
      // and channel fails there, in whatever month the first is), then the notice into its month.
      rows: channels.flatMap((channel, i) => [
        {
          table: 'citizen_notice_once',
          values: {
            dossier_id: change.dossier.id,
            dossier_version: change.version,
            kind: notice.kind,
            channel,
            notice_id: ids[i],
          },
        },
        {
          table: 'citizen_notice',
          values: {
            id: ids[i],
            dossier_id: change.dossier.id,
            dossier_version: change.version,
            kind: notice.kind,
            channel,
            facts: new Stamped(notice.facts, {}),
            created_at: change.event.occurredAt,
          },
        },
      ]),
      jobs: ids.map((noticeId) => ({
        job: { name: JobName.DeliverCitizenNotice, data: { noticeId } },
        jobId: jobId('citizen', noticeId),
      })),
    };
  }
}
