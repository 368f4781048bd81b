import { toVietnamIso, type WorkingCalendar } from '@motcua/calendar';
import type { DeadlinePolicy } from '@motcua/engine';
import type { DossierStatus } from '../dossier.types';
import {
  deadlineInstants,
  type DeadlineInstants,
  type DeadlineState,
  type Flag,
  flagsAt,
  withTimedStep,
} from './deadline.rules';

/** The dossier columns the deadline rules read (a DossierEntity has them all). */
export interface TrackedDossier {
  status: DossierStatus;
  pausedAt: Date | null;
  step: string | null;
  clockStartedAt: Date | null;
  dueAt: Date | null;
  stepStartedAt: Date | null;
  stepDueAt: Date | null;
  lastActivityAt: Date;
  apologyReminderAt: Date | null;
  apologyRemindedAt: Date | null;
}

/** Must match `RUNNING` of the Deadlines migration: its partial indexes are what the sweep reads. */
export const RUNNING_STATUSES: readonly DossierStatus[] = ['in_progress', 'result_ready'];

export const isRunning = (d: Pick<TrackedDossier, 'status' | 'pausedAt'>): boolean =>
  !d.pausedAt && RUNNING_STATUSES.includes(d.status);

const later = (a: Date, b: Date | null): Date => (b && b.getTime() > a.getTime() ? b : a);

export function deadlineStateOf(d: TrackedDossier): DeadlineState {
  return {
    running: isRunning(d),
    clockStartedAt: d.clockStartedAt,
    dueAt: d.dueAt,
    stepStartedAt: d.stepStartedAt,
    stepDueAt: d.stepDueAt,
    // Idle time is counted while the clock runs: a dossier started before its clock (received after the
    // cut-off, or on a day off) is idle from the clock start, not from the intake.
    lastActivityAt: later(d.lastActivityAt, d.clockStartedAt),
  };
}

/**
 * What a raised flag is about; one row of `dossier_flag` per (dossier, flag, subject), so raising the same flag
 * twice is a no-op and a new subject (a new appointment, a new step visit, new activity) is a new flag.
 */
export function flagSubject(flag: Flag, d: DeadlineState & DeadlineInstants, step: string | null): string {
  const at = (instant: Date | null): string => (instant ? toVietnamIso(instant) : 'none');
  switch (flag) {
    case 'overdue':
      return at(d.dueAt);
    case 'step_overdue':
      return `${step ?? 'none'}@${at(d.stepStartedAt)}`;
    case 'due_soon':
      return at(d.dueSoonFrom);
    case 'stalled':
      return at(d.lastActivityAt);
  }
}

/** `yyyyMMddHHmmss` in Vietnam time (as the national portal writes dates), milliseconds appended when any. */
export function compactInstant(at: Date): string {
  const iso = toVietnamIso(at);
  const ms = at.getTime() % 1000;
  return iso.slice(0, 19).replace(/[-:T]/g, '') + (ms === 0 ? '' : String(ms).padStart(3, '0'));
}

/**
 * The first instant after `now` at which a flag turns on or the apology reminder falls due: the due-soon and
 * stall instants themselves, and the first millisecond past a due instant (overdue means after it).
 */
export function nextCheckAt(
  d: DeadlineState & DeadlineInstants,
  apologyPending: boolean,
  now: Date,
): Date | null {
  if (!d.running) return null;
  const past = (at: Date | null): Date | null => (at ? new Date(at.getTime() + 1) : null);
  const candidates = [
    d.dueSoonFrom,
    d.stallAt,
    apologyPending ? d.apologyReminderAt : null,
    past(d.dueAt),
    past(d.stepDueAt),
  ];
  return candidates.reduce<Date | null>(
    (next, at) => (at && at.getTime() > now.getTime() && (!next || at < next) ? at : next),
    null,
  );
}

export interface RaisedFlag {
  flag: Flag;
  subject: string;
}

export interface DeadlinePlan {
  running: boolean;
  instants: DeadlineInstants;
  /** The flags the dossier should carry now, with what each is about; every other open flag is cleared. */
  flags: RaisedFlag[];
  apologyRemindedAt: Date | null;
  /** The reminder to write the apology-and-extension letter is due now and was not sent for this clock run. */
  remindApology: boolean;
  nextCheckAt: Date | null;
}

/** Everything the tracker writes for a dossier at `now`, computed purely from its row. */
export function planDeadlines(
  calendar: WorkingCalendar,
  policy: DeadlinePolicy,
  d: TrackedDossier,
  now: Date,
): DeadlinePlan {
  const state = withTimedStep(calendar, deadlineStateOf(d));
  const instants = deadlineInstants(calendar, policy, state);
  const full = { ...state, ...instants };
  const flags = flagsAt(full, now).map((flag) => ({ flag, subject: flagSubject(flag, full, d.step) }));
  // One reminder per clock run: a reminder sent before the clock (re)started belongs to an earlier run.
  const previous = d.apologyRemindedAt ?? null;
  const reminded = previous && d.clockStartedAt && previous < d.clockStartedAt ? null : previous;
  const remindApology =
    state.running &&
    reminded === null &&
    instants.apologyReminderAt !== null &&
    now.getTime() >= instants.apologyReminderAt.getTime();
  const apologyRemindedAt = remindApology ? now : reminded;
  return {
    running: state.running,
    instants,
    flags,
    apologyRemindedAt,
    remindApology,
    nextCheckAt: nextCheckAt(full, apologyRemindedAt === null, now),
  };
}

const sameInstant = (a: Date | null | undefined, b: Date | null | undefined): boolean =>
  (a ?? null)?.getTime() === (b ?? null)?.getTime();

/** What the tracker last stored on the row. */
export type StoredDeadlines = TrackedDossier &
  Record<
    'dueSoonFrom' | 'stallAt' | 'flagDueSoonAt' | 'flagOverdueAt' | 'flagStepOverdueAt' | 'flagStalledAt',
    Date | null
  >;

/** Would applying `plan` change what the row stores? (The full pass applies only where it would.) */
export function planDiffers(plan: DeadlinePlan, d: StoredDeadlines): boolean {
  const stored: Record<Flag, Date | null> = {
    due_soon: d.flagDueSoonAt,
    overdue: d.flagOverdueAt,
    step_overdue: d.flagStepOverdueAt,
    stalled: d.flagStalledAt,
  };
  const planned = new Set(plan.flags.map((f) => f.flag));
  return (
    !sameInstant(plan.instants.dueSoonFrom, d.dueSoonFrom) ||
    !sameInstant(plan.instants.stallAt, d.stallAt) ||
    !sameInstant(plan.instants.apologyReminderAt, d.apologyReminderAt) ||
    !sameInstant(plan.apologyRemindedAt, d.apologyRemindedAt) ||
    (Object.keys(stored) as Flag[]).some((flag) => planned.has(flag) !== (stored[flag] !== null))
  );
}
