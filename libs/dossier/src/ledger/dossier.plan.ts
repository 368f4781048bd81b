import type { OutboxItem } from '@motcua/queue';
import type { EntityManager } from 'typeorm';
import type { BranchRow } from '../dossier-branch.entity';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';
import type { DossierPatch } from '../dossier.repository';
import type { PreparedDeadlines } from '../deadline/deadline-prepare.rules';
import type { DependentRow } from './new-dossier.sql';

/** The audit event of a change; the ledger adds the dossier id and the version the change gives the row. */
export type EventDraft = Omit<Partial<DossierEventEntity>, 'id' | 'dossierId' | 'version'> &
  Pick<DossierEventEntity, 'action' | 'toStatus' | 'occurredAt'>;

/** A wait for the citizen (a supplement asked for) opened by the change; it starts at the plan's `at`. */
export interface PauseDraft {
  step: string | null;
  reason: string;
  missingItems: string[];
  /** The appointment when the wait began (null before the clock starts). */
  dueBefore: Date | null;
}

/** Writes of another module that must commit with the change (a notification, an idempotency key). */
export type Alongside = (manager: EntityManager, committed: Committed) => Promise<void>;

interface PlanBase {
  /** The instant of the change (`now` of the planner): the event's, the pause's, the deadline plan's. */
  at: Date;
  event: EventDraft;
  openPause?: PauseDraft;
  /**
   * The deadline tracker's half, planned on the row as the change leaves it (`prepareDeadlines`): its instants
   * go into the row's own statement, its flags and timers are reconciled after it. Null: the tracker is not run.
   */
  deadlines: PreparedDeadlines | null;
  /** A portal sync message (with its delivery job) goes out for the change. */
  portalSync: boolean;
  /** Outbox jobs of the change, appended before the tracker's timers and the portal's delivery job. */
  jobs: OutboxItem[];
  alongside?: Alongside;
}

/**
 * A change of an existing dossier, made purely from the row as read (`dossier`). The ledger applies `patch` only
 * if the row is still at `dossier.version` (else a VERSION_CONFLICT error, nothing written) and gives it the next
 * version, which the event takes.
 */
export interface UpdatePlan extends PlanBase {
  kind: 'update';
  dossier: DossierEntity;
  /** Every column the change sets, `lastActivityAt` included when it is activity; the deadline instants are added. */
  patch: DossierPatch;
  /** Ends the open wait; `dueAfter` is the appointment it leaves (null when the dossier ends). */
  closePause?: { dueAfter: Date | null };
  /** Marks this wait (a `dossier_pause` id) expired. */
  expirePause?: string;
  /** Branch rows of a fork (dossier_branch) the change writes, whole, beside the row. */
  branches?: BranchRow[];
}

/** The daily code a new dossier takes: `<agencyId>-<yymmdd>-<NNNN>`, Vietnam-local day of `at`. */
export interface CodeRequest {
  agencyId: string;
  at: Date;
}

/**
 * A new dossier at version 1. Its id is chosen by the caller (`randomUUID()`), so that the plan's jobs can name
 * it; its code is either given or taken from the agency's daily counter by the first step of the one statement
 * that writes the dossier and everything with it (the counter row is locked for that statement and its commit).
 */
export interface InsertPlan extends Omit<PlanBase, 'alongside'> {
  kind: 'insert';
  row: Omit<Partial<DossierEntity>, 'code' | 'version' | 'lookupKey'> & Pick<DossierEntity, 'id'>;
  code: string | CodeRequest;
  /** Rows of another module written in the dossier's own statement (an idempotency key, the portal's link). */
  rows?: DependentRow[];
}

/**
 * Everything one change does to a dossier, computed by a pure planner (`*.plan.ts`) and written by
 * `DossierLedgerService.commit` in one transaction: the row (guarded by its version, or inserted), the audit event, the
 * wait opened or closed, the deadline instants, flags and timers, the portal sync message, the outbox jobs and
 * the relay's wake-up after the commit.
 */
export type DossierPlan = UpdatePlan | InsertPlan;

/** What a committed plan left: the row as written (at its new version) and the stored event. */
export interface Committed {
  dossier: DossierEntity;
  event: DossierEventEntity;
}

/** An event's columns for a change that leaves the dossier where it stands (a change overrides what it moves). */
export const eventWhereItStands = (
  dossier: DossierEntity,
  now: Date,
): Pick<EventDraft, 'fromStep' | 'toStep' | 'fromStatus' | 'toStatus' | 'occurredAt'> => ({
  fromStep: dossier.step,
  toStep: dossier.step,
  fromStatus: dossier.status,
  toStatus: dossier.status,
  occurredAt: now,
});
