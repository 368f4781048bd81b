import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisions } from '@motcua/catalog';
import type { DossierEntity, Reprojection, ReprojectionNotifier } from '@motcua/dossier';
import { dossierFacts } from './dossier-facts';
import { calendarMoveText } from './notification.text';
import { NotificationWriter } from './notification.writer';
import { RecipientService } from './recipient.service';

/** Tells the owner of the current step (its assignee, else the holders of its role) that its due instants moved. */
@Injectable()
export class ReprojectionNoticeService implements ReprojectionNotifier {
  constructor(
    private readonly recipients: RecipientService,
    private readonly writer: NotificationWriter,
    private readonly revisions: ProcedureRevisions,
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
    const { title, body } = calendarMoveText(
      dossierFacts(dossier, definition, this.catalog.org),
      reprojection,
    );
    const recipients = await this.recipients.forStep(dossier);
    await this.writer.write(
      manager,
      recipients.map((r) => ({
        userId: r.id,
        dossierId: dossier.id,
        dossierCode: dossier.code,
        kind: 'calendar' as const,
        flag: null,
        level: null,
        title,
        body,
        createdAt: now,
        dedupeKey: `calendar-${dossier.id}-${version}-${r.id}`,
      })),
      now,
    );
  }
}
