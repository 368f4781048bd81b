import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import type { DossierEntity, Reprojection, ReprojectionNotifier } from '@motcua/dossier';
import { dossierFacts } from './dossier-facts.rules';
import { calendarMoveText } from './notification-text.rules';
import { NotificationWriterService } from './notification-writer.service';
import { RecipientService } from './recipient.service';

/**
 * Tells the owner of the current step (its assignee, else the holders of its role) that its due instants moved;
 * in a fork, the owner of each branch step whose due instant moved, about that step.
 */
@Injectable()
export class ReprojectionNoticeService implements ReprojectionNotifier {
  constructor(
    private readonly recipients: RecipientService,
    private readonly writer: NotificationWriterService,
    private readonly revisions: ProcedureRevisionsService,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  async notify(
    manager: EntityManager,
    dossier: DossierEntity,
    reprojection: Reprojection,
    version: number,
    now: Date,
  ): Promise<void> {
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const { org } = this.catalog;
    const notes = [];
    if (reprojection.dueAt || reprojection.stepDueAt) {
      const text = calendarMoveText(dossierFacts(dossier, definition, org), reprojection);
      const recipients = await this.recipients.forStep(dossier);
      notes.push(...recipients.map((r) => ({ r, text, key: `calendar-${dossier.id}-${version}-${r.id}` })));
    }
    for (const move of reprojection.branches) {
      if (!move.stepDueAt) continue;
      const text = calendarMoveText(dossierFacts(dossier, definition, org, move.step), {
        ...reprojection,
        stepDueAt: move.stepDueAt,
      });
      const recipients = await this.recipients.forOwner(move.ownerUnit, move.ownerRole, move.assigneeId);
      const key = (id: string) => `calendar-${dossier.id}-${version}-${move.branch}-${id}`;
      notes.push(...recipients.map((r) => ({ r, text, key: key(r.id) })));
    }
    await this.writer.write(
      manager,
      notes.map(({ r, text, key }) => ({
        userId: r.id,
        dossierId: dossier.id,
        dossierCode: dossier.code,
        kind: 'calendar' as const,
        flag: null,
        level: null,
        title: text.title,
        body: text.body,
        createdAt: now,
        dedupeKey: key,
      })),
      now,
    );
  }
}
