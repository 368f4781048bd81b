import { toVietnamIso, type WorkingCalendar, type YearSchedule } from '@motcua/calendar';
import type { ProcedureDefinition } from '@motcua/engine';
import { branchDueSoonFrom } from '../command/branch.plan';
import type { DossierBranchEntity } from '../dossier-branch.entity';
import type { DossierEntity } from '../dossier.entity';
import { findStep, stepDue } from '../dossier-timing.rules';
import { isRunning } from './deadline.plan';
import { withExtensions } from './limit-extension.rules';

/** The dossier columns a re-projection reads. */
export type ReprojectedDossier = Pick<
  DossierEntity,
  | 'status'
  | 'pausedAt'
  | 'step'
  | 'clockStartedAt'
  | 'dueAt'
  | 'extendedAt'
  | 'stepStartedAt'
  | 'stepDueAt'
  | 'stepConsumed'
  | 'limitExtensions'
>;

/** The branch row columns a re-projection reads (those of the fork the dossier is in). */
export type ReprojectedBranch = Pick<
  DossierBranchEntity,
  | 'branch'
  | 'step'
  | 'ownerUnit'
  | 'ownerRole'
  | 'assigneeId'
  | 'stepStartedAt'
  | 'stepDueAt'
  | 'dueSoonFrom'
  | 'pausedAt'
  | 'joinedAt'
  | 'closedAt'
>;

export interface InstantMove {
  from: Date;
  to: Date;
}

/** An open branch whose step's instants moved, with the step's owner (who is told). */
export interface BranchMove {
  branch: string;
  step: string;
  ownerUnit: string | null;
  ownerRole: string | null;
  assigneeId: string | null;
  /** The branch step's due instant, moved; null when it stays. */
  stepDueAt: InstantMove | null;
  /** When the branch step becomes due soon, moved; null when it stays. */
  dueSoonFrom: InstantMove | null;
}

export interface Reprojection {
  /** The statutory appointment, moved; null when it stays. */
  dueAt: InstantMove | null;
  /** The current step's due instant, moved; null when it stays. */
  stepDueAt: InstantMove | null;
  /** The open branches of the fork the dossier is in whose step instants moved, by branch id. */
  branches: BranchMove[];
  /** The schedules of the years the moved spans reach: the calendar (change) that moved them. */
  calendar: YearSchedule[];
}

const moved = (from: Date | null, to: Date | null): InstantMove | null =>
  from && to && from.getTime() !== to.getTime() ? { from, to } : null;

/**
 * An open branch's step instants on `calendar`: from its step's entry with what is left of its allotment (the
 * consumption of earlier visits, as `planBranches` counts it), and the due-soon instant of that span. Null when
 * the branch is not open (joined, closed, waiting for a supplement) or nothing moved.
 */
function branchMove(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  consumed: Record<string, number>,
  b: ReprojectedBranch,
): BranchMove | null {
  if (b.joinedAt || b.closedAt || b.pausedAt || !b.stepStartedAt || !b.stepDueAt) return null;
  const step = findStep(definition, b.step);
  if (!step) return null;
  const due = stepDue(calendar, step, b.stepStartedAt, consumed[step.id] ?? 0);
  const stepDueAt = moved(b.stepDueAt, due);
  const dueSoonFrom = moved(b.dueSoonFrom, branchDueSoonFrom(calendar, definition, b.stepStartedAt, due));
  if (!stepDueAt && !dueSoonFrom) return null;
  const { branch, ownerUnit, ownerRole, assigneeId } = b;
  return { branch, step: step.id, ownerUnit, ownerRole, assigneeId, stepDueAt, dueSoonFrom };
}

/**
 * The due instants of a running dossier computed again on `calendar` from the instants that started them (the
 * clock start with the statutory limit; the step's entry with what is left of its allotment; each open branch
 * step's entry likewise), and what moved. Null when nothing moved, so that applying it twice moves a dossier
 * once. An appointment moved by an extension letter (form 04) is a date the agency gave in writing: it stays. A
 * paused or finished dossier is not re-projected (the clock restarts on the new calendar when the supplement
 * comes back), nor a branch waiting for a supplement.
 */
export function planReprojection(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  d: ReprojectedDossier,
  branches: readonly ReprojectedBranch[] = [],
): Reprojection | null {
  if (!isRunning(d)) return null;
  const due =
    d.clockStartedAt && d.dueAt && !d.extendedAt
      ? withExtensions(
          calendar,
          definition,
          calendar.dueAt(d.clockStartedAt, definition.deadline),
          d.limitExtensions ?? [],
        )
      : null;
  const step = findStep(definition, d.step);
  const stepDueAt =
    step && d.stepStartedAt && d.stepDueAt
      ? stepDue(calendar, step, d.stepStartedAt, d.stepConsumed[step.id] ?? 0)
      : null;
  const moves = {
    dueAt: moved(d.dueAt, due),
    stepDueAt: moved(d.stepDueAt, stepDueAt),
    branches: branches
      .map((b) => branchMove(calendar, definition, d.stepConsumed, b))
      .filter((m): m is BranchMove => m !== null),
  };
  if (!moves.dueAt && !moves.stepDueAt && moves.branches.length === 0) return null;

  const years = new Set<number>();
  const reach = (start: Date | null, move: InstantMove | null) => {
    if (!start || !move) return;
    const end = move.from > move.to ? move.from : move.to;
    calendar.yearsBetween(start, end).forEach((y) => years.add(y));
  };
  reach(d.clockStartedAt, moves.dueAt);
  reach(d.stepStartedAt, moves.stepDueAt);
  for (const m of moves.branches) {
    const start = branches.find((b) => b.branch === m.branch)!.stepStartedAt;
    reach(start, m.stepDueAt);
    reach(start, m.dueSoonFrom);
  }
  return { ...moves, calendar: [...years].sort().map((y) => calendar.schedule(y)) };
}

/** `14:30 05/02/2027`, as the console and the portal's progress entry show it. */
const shown = (at: Date): string => {
  const iso = toVietnamIso(at);
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
};

/** The audit text of a move (Vietnamese: the portal shows it to the citizen as a progress entry). */
export function reprojectionText(r: Reprojection): string {
  const years = r.calendar
    .map((s) => `${s.year}${s.status === 'provisional' ? ' (dự kiến)' : ''}`)
    .join(', ');
  const parts = [
    ...(r.dueAt ? [`ngày hẹn trả từ ${shown(r.dueAt.from)} thành ${shown(r.dueAt.to)}`] : []),
    ...(r.stepDueAt ? [`hạn bước từ ${shown(r.stepDueAt.from)} thành ${shown(r.stepDueAt.to)}`] : []),
    ...r.branches.map((b) =>
      b.stepDueAt
        ? `hạn bước của nhánh ${b.branch} từ ${shown(b.stepDueAt.from)} thành ${shown(b.stepDueAt.to)}`
        : `mốc sắp đến hạn của nhánh ${b.branch} từ ${shown(b.dueSoonFrom!.from)} thành ${shown(b.dueSoonFrom!.to)}`,
    ),
  ];
  return `Điều chỉnh theo lịch làm việc năm ${years}: ${parts.join('; ')}`;
}

/** What the audit event keeps of a move: old and new instants, and each year's schedule that moved them. */
export const reprojectionPayload = (r: Reprojection): Record<string, unknown> => ({
  previousDueAt: r.dueAt?.from ?? null,
  newDueAt: r.dueAt?.to ?? null,
  previousStepDueAt: r.stepDueAt?.from ?? null,
  newStepDueAt: r.stepDueAt?.to ?? null,
  branches: r.branches.map((b) => ({
    branch: b.branch,
    step: b.step,
    previousStepDueAt: b.stepDueAt?.from ?? null,
    newStepDueAt: b.stepDueAt?.to ?? null,
    previousDueSoonFrom: b.dueSoonFrom?.from ?? null,
    newDueSoonFrom: b.dueSoonFrom?.to ?? null,
  })),
  calendar: r.calendar.map(({ year, status, origin, source, fingerprint }) => ({
    year,
    status,
    origin,
    source,
    fingerprint,
  })),
});
