import type { WorkingCalendar } from '@motcua/calendar';
import type { ProcedureRevision } from '@motcua/catalog';
import type { AuthUser } from '@motcua/identity';
import { jobId, JobName } from '@motcua/queue';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { missingDocuments } from '../dossier.rules';
import { statutoryClock } from '../dossier-timing.rules';
import type { DossierStatus } from '../dossier.types';
import { actorOf } from './actor.rules';
import type { InsertPlan } from '../ledger/dossier.plan';
import type { ReceiveDossierDto } from './receive-dossier.dto';
import { arrival, assertKnownDocuments } from './reception-checks.rules';

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

export interface ReceptionInput {
  id: string;
  user: AuthUser;
  dto: ReceiveDossierDto;
  revision: ProcedureRevision;
  agencyId: string;
  calendar: WorkingCalendar;
  centerCutoff: string | null;
  now: Date;
}

export interface ReceptionPlan {
  action: 'receive' | 'refuse' | 'request_documents';
  insert: InsertPlan;
  /** The receipt, but for the code and lookup key the insert draws. */
  result: ReceptionResult;
}

const ACTION = { accept: 'receive', refuse: 'refuse', request_supplement: 'request_documents' } as const;
const STATUS = { accept: 'accepted', refuse: 'refused', request_supplement: 'awaiting_documents' } as const;

/** The one-stop desk: a dossier is recorded whatever the decision, so nothing the citizen handed in is lost. */
export function planReception(input: ReceptionInput): ReceptionPlan {
  const { id, user, dto, revision, now } = input;
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
  const clock =
    decision === 'accept'
      ? statutoryClock(input.calendar, revision.definition, input.centerCutoff, now)
      : null;
  const status: DossierStatus = STATUS[decision];
  const action = ACTION[decision];
  const { procedureColumns, ...start } = arrival(id, revision, input.agencyId, user.unitId, now);
  const insert: InsertPlan = {
    ...start,
    row: {
      ...procedureColumns,
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
      createdBy: user.id,
    },
    event: {
      action,
      fromStatus: null,
      toStatus: status,
      ...actorOf(user, 'reception'),
      comment: dto.reason ?? null,
      payload: {
        resultDelivery: dto.resultDelivery ?? 'desk',
        ...(decision === 'accept' ? {} : { reason: dto.reason, missingItems: dto.missingItems ?? missing }),
      },
      occurredAt: now,
    },
    // Incomplete at the desk: the wait for the citizen is recorded like any other (form 02, the wait limit).
    ...(decision === 'request_supplement'
      ? { openPause: { step: null, reason: dto.reason!, missingItems: dto.missingItems!, dueBefore: null } }
      : {}),
    // The intake starts an accepted dossier and tracks it from then: a new row neither runs nor is tracked.
    deadlines: null,
    // Told to the portal once decided: accepted (2) or refused (3); an incomplete dossier waits for the citizen.
    portalSync: decision !== 'request_supplement',
    jobs:
      decision === 'accept'
        ? [{ job: { name: JobName.StartDossier, data: { dossierId: id } }, jobId: jobId('intake', id) }]
        : [],
  };
  return {
    action,
    insert,
    result: {
      id,
      code: '',
      lookupKey: '',
      status,
      version: 1,
      receivedAt: now,
      clockStartsAt: clock?.clockStartedAt ?? null,
      appointmentAt: clock?.dueAt ?? null,
      provisionalYears: clock ? input.calendar.provisionalYears(clock.clockStartedAt, clock.dueAt) : [],
      missingDocuments: missing,
    },
  };
}
