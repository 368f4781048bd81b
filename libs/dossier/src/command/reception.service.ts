import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisions } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { agencyIdOf } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import { JobName, jobId, OutboxRepository, PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTracker } from '../deadline/deadline-tracker.service';
import { missingDocuments } from '../dossier.rules';
import { assertKnownDocuments, currentRevision } from './reception.checks';
import { statutoryClock } from '../dossier.timing';
import type { DossierStatus } from '../dossier.types';
import type { ReceiveDossierDto } from './receive-dossier.dto';
import { actorOf } from './actor';
import { insertEvent, insertRow } from '../ledger/dossier.sql';
import { DossierEntity } from '../dossier.entity';

export interface ReceptionResult {
  id: string;
  code: string;
  lookupKey: string;
  status: DossierStatus;
  version: number;
  receivedAt: Date;
  clockStartsAt: Date | null;
  appointmentAt: Date | null;
  /** The provisional calendar years the appointment is computed across (it may move when they are confirmed). */
  provisionalYears: number[];
  missingDocuments: string[];
}

/** The one-stop desk: a dossier is recorded whatever the decision, so nothing the citizen handed in is lost. */
@Injectable()
export class ReceptionService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisions,
    private readonly dossiers: DossierRepository,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    private readonly deadlines: DeadlineTracker,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
  ) {}

  /** `alongside` writes in the dossier's own transaction, once the dossier is recorded (an idempotency key). */
  async receive(
    user: AuthUser,
    dto: ReceiveDossierDto,
    alongside?: (manager: EntityManager, result: ReceptionResult) => Promise<void>,
  ): Promise<ReceptionResult> {
    const revision = currentRevision(this.revisions, dto.procedureCode);
    const agencyId = agencyIdOf(this.catalog.org, user.unitId);
    if (!agencyId) {
      throw new DossierException(
        DossierErrorCode.NotReceptionUnit,
        `unit '${user.unitId}' has no electronic agency id in the organization file, so it cannot issue dossier codes`,
      );
    }
    assertKnownDocuments(revision, dto.documents);
    const decision = dto.decision ?? 'accept';
    const missing = missingDocuments(revision.definition, dto.documents);
    if (decision === 'accept' && missing.length > 0) {
      throw new DossierException(
        DossierErrorCode.MissingDocuments,
        `documents: required documents missing or short: ${missing.map((n) => `'${n}'`).join(', ')}; ` +
          `request a supplement or refuse instead`,
        { missing },
      );
    }

    const now = this.clock.now();
    const clock =
      decision === 'accept'
        ? statutoryClock(
            this.catalog.calendar,
            revision.definition,
            this.catalog.org.center.cutoff ?? null,
            now,
          )
        : null;
    const status: DossierStatus =
      decision === 'accept' ? 'accepted' : decision === 'refuse' ? 'refused' : 'awaiting_documents';
    const routeUnits = [...new Set(revision.definition.steps.map((s) => s.owner.unit))];

    const result = await this.dossiers.transaction(async (manager) => {
      const code = await this.dossiers.nextCode(manager, agencyId, now);
      const dossier = await insertRow(manager, DossierEntity, {
        code,
        procedureCode: revision.code,
        procedureVersionId: revision.id,
        receivingUnit: user.unitId,
        routeUnits,
        channel: dto.channel,
        status,
        applicant: { ...dto.applicant },
        applicantName: dto.applicant.fullName,
        applicantIdNumber: dto.applicant.idNumber,
        documents: dto.documents.map((d) => ({ ...d })),
        summary: dto.summary ?? null,
        receivedAt: now,
        acceptedAt: decision === 'accept' ? now : null,
        clockStartedAt: clock?.clockStartedAt ?? null,
        dueAt: clock?.dueAt ?? null,
        receiptDueAt: clock?.dueAt ?? null,
        finishedAt: decision === 'refuse' ? now : null,
        pausedAt: decision === 'request_supplement' ? now : null,
        lastActivityAt: now,
        version: 1,
        createdBy: user.id,
      });
      const event = await insertEvent(manager, {
        dossierId: dossier.id,
        version: 1,
        action: decision === 'accept' ? 'receive' : decision === 'refuse' ? 'refuse' : 'request_documents',
        fromStatus: null,
        toStatus: status,
        ...actorOf(user, 'reception'),
        comment: dto.reason ?? null,
        payload: {
          resultDelivery: dto.resultDelivery ?? 'desk',
          ...(decision === 'accept' ? {} : { reason: dto.reason, missingItems: dto.missingItems ?? missing }),
        },
        occurredAt: now,
      });
      // Incomplete at the desk: the wait for the citizen is recorded like any other (form 02, the wait limit).
      if (decision === 'request_supplement') {
        await this.dossiers.openPause(manager, {
          dossierId: dossier.id,
          step: null,
          reason: dto.reason!,
          missingItems: dto.missingItems!,
          startedAt: now,
          dueBefore: null,
        });
      }
      if (decision === 'accept') {
        await this.outbox.append(manager, [
          {
            job: { name: JobName.StartDossier, data: { dossierId: dossier.id } },
            jobId: jobId('intake', dossier.id),
          },
        ]);
      }
      // Writes nothing while the dossier does not run (the intake starts an accepted one and tracks it then).
      await this.deadlines.apply(manager, dossier, revision.definition, now);
      // The portal hears of a desk dossier once it is decided: accepted (2) or refused (3).
      if (decision !== 'request_supplement') await this.portalSync.append(manager, dossier, event);
      const result: ReceptionResult = {
        id: dossier.id,
        code,
        lookupKey: dossier.lookupKey,
        status,
        version: 1,
        receivedAt: now,
        clockStartsAt: clock?.clockStartedAt ?? null,
        appointmentAt: clock?.dueAt ?? null,
        provisionalYears: clock
          ? this.catalog.calendar.provisionalYears(clock.clockStartedAt, clock.dueAt)
          : [],
        missingDocuments: missing,
      };
      await alongside?.(manager, result);
      return result;
    });
    this.metrics.transition(
      decision === 'accept' ? 'receive' : decision === 'refuse' ? 'refuse' : 'request_documents',
    );
    return result;
  }
}
