import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { DossierRepository, FINAL_STATUSES } from '@motcua/dossier';
import { jobId, JobName, OutboxRepository } from '@motcua/queue';
import { dossierFacts } from './dossier-facts.rules';
import { EscalationRepository } from './escalation.repository';
import { isEscalationLevel, nextLevelAt, policyOf } from './escalation.rules';
import { flagText } from './notification-text.rules';
import type { EscalationLevel } from './notification.types';
import { NotificationWriterService } from './notification-writer.service';
import { RecipientService } from './recipient.service';

export type EscalationResult =
  | { escalated: true; level: EscalationLevel; recipients: string[]; nextLevelAt: Date | null }
  | { escalated: false; reason: 'cleared' | 'finished' | 'already' };

const BIGINT = /^[1-9]\d{0,18}$/;

/**
 * Handles `escalate {flagId, level}`: while the flag is open, notifies the level's recipients once and schedules
 * the next level through the outbox. The escalation row (unique on flag and level), the notifications, their
 * deliveries and the next job are one transaction: a redelivered job finds the row and does nothing.
 */
@Injectable()
export class EscalationService {
  private readonly logger = new Logger('Escalation');

  constructor(
    private readonly dataSource: DataSource,
    private readonly escalations: EscalationRepository,
    private readonly dossiers: DossierRepository,
    private readonly revisions: ProcedureRevisionsService,
    private readonly recipients: RecipientService,
    private readonly writer: NotificationWriterService,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  async escalate(id: string, level: number): Promise<EscalationResult> {
    const flagId = String(id);
    if (!BIGINT.test(flagId)) throw new UnrecoverableError(`escalate: '${flagId}' is not a flag id`);
    if (!isEscalationLevel(level)) throw new UnrecoverableError(`escalate: level ${level} is not 1, 2 or 3`);
    const result = await this.dataSource.transaction(async (manager) => {
      const flag = await this.escalations.lockFlag(manager, flagId);
      if (!flag) throw new UnrecoverableError(`escalate: flag ${flagId} does not exist`);
      if (flag.clearedAt) return { escalated: false, reason: 'cleared' } as const;
      const dossier = await this.dossiers.findById(flag.dossierId, manager);
      if (!dossier || FINAL_STATUSES.includes(dossier.status))
        return { escalated: false, reason: 'finished' } as const;
      const { definition } = await this.revisions.get(dossier.procedureVersionId);
      const now = this.clock.now();
      const next = nextLevelAt(this.catalog.calendar, policyOf(definition), flag.raisedAt, level);
      const recipients = await this.recipients.forEscalation(level, flag, dossier);
      const recorded = await this.escalations.record(manager, {
        flagId,
        dossierId: dossier.id,
        level,
        recipients: recipients.length,
        escalatedAt: now,
        nextLevelAt: next,
      });
      if (!recorded) return { escalated: false, reason: 'already' } as const;
      const { title, body } = flagText(
        flag.flag,
        level,
        flag.raisedAt,
        dossierFacts(dossier, definition, this.catalog.org, flag.step ?? dossier.step),
      );
      await this.writer.write(
        manager,
        recipients.map((r) => ({
          userId: r.id,
          dossierId: dossier.id,
          dossierCode: dossier.code,
          kind: 'flag' as const,
          flag: flag.flag,
          level,
          title,
          body,
          createdAt: now,
          dedupeKey: `flag-${flagId}-${level}-${r.id}`,
        })),
        now,
      );
      if (next) {
        const nextLevel = (level + 1) as EscalationLevel;
        await this.outbox.append(manager, [
          {
            job: { name: JobName.Escalate, data: { flagId, level: nextLevel } },
            jobId: jobId('escalate', flagId, nextLevel),
            delayUntil: next,
          },
        ]);
      }
      return {
        escalated: true,
        level,
        recipients: recipients.map((r) => r.username),
        nextLevelAt: next,
      } as const;
    });
    if (result.escalated && result.recipients.length === 0) {
      this.logger.warn(
        `flag ${flagId} level ${level}: nobody to notify (see docs on recipients and org.yaml)`,
      );
    }
    return result;
  }
}
