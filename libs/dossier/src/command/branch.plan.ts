import type { WorkingCalendar } from '@motcua/calendar';
import type { BranchPosition, ProcedureDefinition, ProcedureStep } from '@motcua/engine';
import type { BranchRow, DossierBranchEntity } from '../dossier-branch.entity';
import { findStep, stepDue } from '../dossier-timing.rules';
import { timedStep } from '../deadline/deadline.rules';

/** What a transition does to the branches: the rows it writes (only those that change). */
export interface BranchChange {
  rows: BranchRow[];
}

interface BranchInput {
  definition: ProcedureDefinition;
  calendar: WorkingCalendar;
  now: Date;
  /** The dossier's branch rows as read (those of the fork it is in, if any). */
  before: readonly DossierBranchEntity[];
  /** The fork step the dossier was in before the transition (null: not in a fork). */
  forkBefore: string | null;
  /** The fork step after it, and where each of its branches stands (absent: not in a fork). */
  forkAfter: string | null;
  positions?: readonly BranchPosition[];
  /** The branch the action was addressed to: its row records the activity. */
  acted?: string;
  /** Working minutes consumed by earlier visits of each step (a step visited again resumes from them). */
  consumed: Record<string, number>;
  /** After a supplement, the branch step's clock restarts here (the statutory clock's restart). */
  restartAt?: Date;
}

/**
 * A branch step's due-soon instant: when the remaining working time falls below the smaller of the policy's
 * fraction and hours; none for a visit with no working time (`timedStep`).
 */
export function branchDueSoonFrom(
  calendar: WorkingCalendar,
  def: ProcedureDefinition,
  start: Date,
  due: Date,
): Date | null {
  if (!timedStep(calendar, start, due)) return null;
  const total = calendar.workingMinutesBetween(start, due);
  const threshold = Math.min(def.deadlines.dueSoon.fraction * total, def.deadlines.dueSoon.minutes);
  return calendar.addWorkingMinutes(start, Math.max(0, total - threshold));
}

function atStep(input: BranchInput, step: ProcedureStep, startedAt: Date): Partial<BranchRow> {
  const { calendar, definition, now } = input;
  const due = stepDue(calendar, step, startedAt, input.consumed[step.id]);
  return {
    step: step.id,
    ownerUnit: step.owner.unit,
    ownerRole: step.owner.role,
    stepStartedAt: startedAt,
    stepDueAt: due,
    dueSoonFrom: branchDueSoonFrom(calendar, definition, startedAt, due),
    stallAt: calendar.addWorkingMinutes(now, definition.deadlines.stalledAfterMinutes),
    lastActivityAt: now,
    pausedAt: null,
    flagDueSoonAt: null,
    flagStepOverdueAt: null,
    flagStalledAt: null,
  };
}

const ENDED = {
  step: null,
  ownerUnit: null,
  ownerRole: null,
  assigneeId: null,
  dueSoonFrom: null,
  stallAt: null,
  pausedAt: null,
  flagDueSoonAt: null,
  flagStepOverdueAt: null,
  flagStalledAt: null,
} as const;

const rowOf = (row: DossierBranchEntity): BranchRow => {
  const { dossierId: _id, ...rest } = row;
  return rest;
};

/**
 * The branch rows a transition writes: a fork entered opens one row per branch at its first step (a fork entered
 * again starts its rows afresh); a branch moved to another step hands it to that step's owner with the step's own
 * due instant; a joined branch records when; a branch waiting for a supplement pauses and restarts with the
 * dossier's clock; leaving the fork (on a subset, or the dossier ending) closes the branches still open.
 */
export function planBranches(input: BranchInput): BranchChange {
  const { definition, now, before, forkBefore, forkAfter, positions } = input;
  const rows: BranchRow[] = [];
  const entered = forkAfter !== null && forkAfter !== forkBefore;
  if (forkAfter !== null && positions) {
    for (const position of positions) {
      const old = entered ? undefined : before.find((r) => r.branch === position.branch);
      const step = position.step === null ? undefined : findStep(definition, position.step);
      if (!old) {
        rows.push({
          branch: position.branch,
          forkStep: forkAfter,
          joinedAt: null,
          closedAt: null,
          ...ENDED,
          stepStartedAt: null,
          stepDueAt: null,
          lastActivityAt: now,
          ...(step ? atStep(input, step, now) : { joinedAt: now }),
        });
        continue;
      }
      const row = rowOf(old);
      if (position.phase === 'joined') {
        if (old.joinedAt === null) rows.push({ ...row, ...ENDED, joinedAt: now, lastActivityAt: now });
      } else if (step && old.step !== step.id) {
        rows.push({ ...row, assigneeId: null, ...atStep(input, step, now) });
      } else if (position.phase === 'awaiting_supplement' && old.pausedAt === null) {
        rows.push({ ...row, pausedAt: now, lastActivityAt: now, flagDueSoonAt: null, flagStalledAt: null });
      } else if (position.phase === 'active' && old.pausedAt !== null && step) {
        rows.push({ ...row, ...atStep(input, step, input.restartAt ?? now), assigneeId: old.assigneeId });
      } else if (position.branch === input.acted) {
        rows.push({
          ...row,
          lastActivityAt: now,
          stallAt: input.calendar.addWorkingMinutes(now, definition.deadlines.stalledAfterMinutes),
          flagStalledAt: null,
        });
      }
    }
  }
  if (forkBefore !== null && forkAfter !== forkBefore) {
    for (const old of before) {
      if (old.joinedAt !== null || old.closedAt !== null) continue;
      const joinedNow = positions === undefined && old.branch === input.acted;
      rows.push({ ...rowOf(old), ...ENDED, ...(joinedNow ? { joinedAt: now } : { closedAt: now }) });
    }
  }
  return { rows };
}
