import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { DossierRepository } from '@motcua/dossier';
import { letterDueAt } from './apology.rules';
import { dossierFacts } from './dossier-facts.rules';
import { EscalationRepository } from './escalation.repository';
import { apologyText } from './notification-text.rules';
import { NotificationWriterService } from './notification-writer.service';
import { RecipientService } from './recipient.service';

export type ApologyResult =
  | { reminded: true; late: boolean; recipients: string[] }
  | { reminded: false; reason: 'not_running' | 'extended' | 'already' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Handles `remind-apology {dossierId}`: a dossier still in progress must have its apology-and-extension letter
 * (form 04) issued at least one working day before the appointment; whoever answers for the current step's unit
 * and the leaders who sign the result are told so, once per dossier and appointment. Past that instant the text
 * says the letter is late. A dossier already extended (the appointment moves only once) or not in progress is
 * left alone.
 */
@Injectable()
export class ApologyService {
  private readonly logger = new Logger('ApologyReminder');

  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly escalations: EscalationRepository,
    private readonly revisions: ProcedureRevisionsService,
    private readonly recipients: RecipientService,
    private readonly writer: NotificationWriterService,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  async remind(dossierId: string): Promise<ApologyResult> {
    if (!UUID.test(String(dossierId)))
      throw new UnrecoverableError(`remind-apology: '${dossierId}' is not a dossier id`);
    const result = await this.dataSource.transaction(async (manager) => {
      const dossier = await this.dossiers.findById(dossierId, manager);
      if (!dossier) throw new UnrecoverableError(`remind-apology: dossier ${dossierId} does not exist`);
      const { dueAt, clockStartedAt } = dossier;
      if (dossier.status !== 'in_progress' || dossier.pausedAt || !dueAt || !clockStartedAt) {
        return { reminded: false, reason: 'not_running' } as const;
      }
      if (dossier.extendedAt) return { reminded: false, reason: 'extended' } as const;
      const { definition } = await this.revisions.get(dossier.procedureVersionId);
      const now = this.clock.now();
      const letterDue = letterDueAt(this.catalog.calendar, clockStartedAt, dueAt);
      const late = now.getTime() > letterDue.getTime();
      const recipients = await this.recipients.forApology(dossier, definition);
      const recorded = await this.escalations.recordApology(manager, {
        dossierId,
        appointmentAt: dueAt,
        late,
        recipients: recipients.length,
        remindedAt: now,
      });
      if (!recorded) return { reminded: false, reason: 'already' } as const;
      const { title, body } = apologyText(
        dossierFacts(dossier, definition, this.catalog.org),
        letterDue,
        late,
        now,
      );
      await this.writer.write(
        manager,
        recipients.map((r) => ({
          userId: r.id,
          dossierId,
          dossierCode: dossier.code,
          kind: 'apology' as const,
          flag: null,
          level: null,
          title,
          body,
          createdAt: now,
          dedupeKey: `apology-${dossierId}-${dueAt.toISOString()}-${r.id}`,
        })),
        now,
      );
      return { reminded: true, late, recipients: recipients.map((r) => r.username) } as const;
    });
    if (result.reminded && result.recipients.length === 0) {
      this.logger.warn(`dossier ${dossierId}: nobody to remind of the apology letter`);
    }
    return result;
  }
}
