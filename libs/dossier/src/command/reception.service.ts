import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisions } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { agencyIdOf } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import { PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import { dailyCounter } from '../dossier-code';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';
import { DATABASE_NOW, type DependentRow, Stamped } from '../ledger/new-dossier.sql';
import { currentRevision } from './reception.checks';
import { planReception, type ReceptionResult } from './reception.plan';
import type { ReceiveDossierDto } from './receive-dossier.dto';

export type { ReceptionResult } from './reception.plan';

/** Rows written with the dossier, given its receipt (code and lookup key still to be drawn). */
export type AlongsideRows = (result: ReceptionResult) => DependentRow[];

/** The one-stop desk: a dossier is recorded whatever the decision, so nothing the citizen handed in is lost. */
@Injectable()
export class ReceptionService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisions,
    private readonly dossiers: DossierRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
  ) {}

  /** `alongside` rows are written in the dossier's own statement (an idempotency key). */
  async receive(user: AuthUser, dto: ReceiveDossierDto, alongside?: AlongsideRows): Promise<ReceptionResult> {
    const revision = currentRevision(this.revisions, dto.procedureCode);
    const agencyId = agencyIdOf(this.catalog.org, user.unitId);
    if (!agencyId) {
      throw new DossierException(
        DossierErrorCode.NotReceptionUnit,
        `unit '${user.unitId}' has no electronic agency id in the organization file, so it cannot issue dossier codes`,
      );
    }
    const now = this.clock.now();
    const plan = planReception({
      id: randomUUID(),
      user,
      dto,
      revision,
      counter: dailyCounter(agencyId, now),
      calendar: this.catalog.calendar,
      centerCutoff: this.catalog.org.center.cutoff ?? null,
      now,
    });
    const { insert } = plan;
    const rows = alongside?.(plan.result) ?? [];
    const jobs = [...insert.jobs];
    if (plan.syncsPortal) {
      const message = await this.portalSync.firstMessage(
        this.dossiers.dataSource.manager,
        { ...insert.dossier, code: '' } as DossierEntity,
        insert.event as DossierEventEntity,
      );
      rows.unshift({
        table: 'portal_sync_message',
        values: {
          dossier_id: insert.dossier.id,
          seq: message.seq,
          dossier_version: 1,
          payload: new Stamped(message.payload, { code: message.codeAt }),
          created_at: now,
          next_attempt_at: DATABASE_NOW,
        },
      });
      jobs.push(message.job);
    }
    const keys = await this.dossiers.insertNew({ ...insert, jobs, rows });
    this.metrics.transition(plan.action);
    return { ...plan.result, ...keys };
  }
}
