import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import type { SupplementExpiry } from '@motcua/dossier';
import { UserRepository } from '@motcua/identity';
import { NotificationWriterService } from './notification-writer.service';
import { supplementWaitText } from './supplement-wait-text.rules';

/**
 * Tells reception of the receiving unit (its active `reception` users) that a dossier waited for the citizen past
 * the limit, in the transaction that recorded it: the expiry is never silent.
 */
@Injectable()
export class SupplementWaitNotifierService {
  private readonly logger = new Logger('SupplementWait');

  constructor(
    private readonly users: UserRepository,
    private readonly revisions: ProcedureRevisionsService,
    private readonly writer: NotificationWriterService,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  async notify(manager: EntityManager, expiry: SupplementExpiry): Promise<void> {
    const { dossier } = expiry;
    const reception = (await this.users.findActiveByUnit(dossier.receivingUnit)).filter((u) =>
      u.roles.includes('reception'),
    );
    if (reception.length === 0) {
      this.logger.warn(`dossier ${dossier.code}: nobody in reception of ${dossier.receivingUnit} to tell`);
      return;
    }
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const { title, body } = supplementWaitText(expiry, {
      code: dossier.code,
      procedureName: definition.name,
    });
    await this.writer.write(
      manager,
      reception.map((user) => ({
        userId: user.id,
        dossierId: dossier.id,
        dossierCode: dossier.code,
        kind: 'supplement_wait' as const,
        flag: null,
        level: null,
        title,
        body,
        createdAt: expiry.at,
        dedupeKey: `supplement-wait-${dossier.id}-${expiry.endsAt.toISOString()}-${user.id}`,
      })),
      expiry.at,
    );
  }
}
