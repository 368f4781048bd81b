import type { WorkingCalendar } from '@motcua/calendar';
import type { Catalog } from '@motcua/catalog';
import { type DossierStatus, planDeadlines, type Timeliness, workingMsToFinish } from '@motcua/dossier';
import type { ProcedureDefinition } from '@motcua/engine';
import type { LargeDossier, LargeEvent, LargeProcedure } from './large-types';

const MINUTE = 60_000;
const DAY = 86_400_000;
const VIETNAM = 7 * 3_600_000;

// timeliness() of libs/dossier without formatting dates: late after the due instant, on time on its Vietnam day.
export function timeliness(at: Date, due: Date): Timeliness {
  if (at.getTime() > due.getTime()) return 'late';
  return Math.floor((at.getTime() + VIETNAM) / DAY) === Math.floor((due.getTime() + VIETNAM) / DAY)
    ? 'on_time'
    : 'early';
}
export const addMinutes = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * MINUTE);

export function contextAt(procedure: LargeProcedure, index: number) {
  const visited = procedure.definition.steps.slice(0, index + 1).map((s) => s.id);
  return { ...procedure.initial.context, visited };
}

type EventInput = Omit<
  LargeEvent,
  'version' | 'stepStartedAt' | 'stepDueAt' | 'workingMinutes' | 'waitMinutes' | 'timeliness'
> &
  Partial<Pick<LargeEvent, 'stepStartedAt' | 'stepDueAt' | 'workingMinutes' | 'waitMinutes' | 'timeliness'>>;

export function push(d: LargeDossier, e: EventInput): void {
  d.events.push({
    stepStartedAt: null,
    stepDueAt: null,
    workingMinutes: null,
    waitMinutes: null,
    timeliness: null,
    ...e,
    version: d.events.length + 1,
  });
}

export function handOver(
  d: LargeDossier,
  def: ProcedureDefinition,
  i: number,
  at: Date,
  startedAt: Date,
  dueAt: Date,
  calendar: WorkingCalendar,
  nextDue: Date,
  waitShare: number | null,
): void {
  const step = def.steps[i];
  const minutes = calendar.workingMinutesBetween(startedAt, at);
  // The part of the step spent before the head assigned it (its pick-up), as the hand-over records it.
  const wait = waitShare === null ? null : Math.round(minutes * waitShare * 100) / 100;
  d.stepConsumed[step.id] = minutes;
  push(d, {
    action: step.transitions[0]?.event ?? 'submit',
    fromStep: step.id,
    toStep: def.steps[i + 1].id,
    fromStatus: 'in_progress',
    toStatus: def.steps[i + 1].result ? 'result_ready' : 'in_progress',
    actor: step.owner.role,
    occurredAt: at,
    stepStartedAt: at,
    stepDueAt: nextDue,
    workingMinutes: minutes,
    waitMinutes: wait,
    timeliness: timeliness(at, dueAt),
  });
}

export function finishDone(
  d: LargeDossier,
  def: ProcedureDefinition,
  calendar: WorkingCalendar,
  starts: Date[],
  dues: Date[],
  finish: Date,
  random: () => number,
): void {
  const last = def.steps.length - 1;
  const step = def.steps[last];
  d.stepConsumed[step.id] = calendar.workingMinutesBetween(starts[last], finish);
  push(d, {
    action: step.transitions[0]?.event ?? 'return',
    fromStep: step.id,
    toStep: null,
    fromStatus: step.result ? 'result_ready' : 'in_progress',
    toStatus: 'done',
    actor: step.owner.role,
    occurredAt: finish,
    workingMinutes: d.stepConsumed[step.id],
    timeliness: timeliness(finish, dues[last]),
  });
  d.status = 'done';
  d.resultReadyAt = starts[last];
  d.finishedAt = finish;
  d.workingMs = workingMsToFinish(calendar, d.clockStartedAt, finish);
  d.lastActivityAt = finish;
  // About one finished dossier in twelve waited once for a supplement on the way.
  if (random() < 0.08) {
    const startedAt = addMinutes(d.receivedAt, 30);
    d.pauses.push({
      step: def.steps[0].id,
      startedAt,
      endedAt: addMinutes(startedAt, 60),
      dueBefore: d.dueAt,
    });
  }
}

export function pause(
  d: LargeDossier,
  step: string,
  calendar: WorkingCalendar,
  random: () => number,
  now: Date,
): void {
  const pausedAt = calendar.addWorkingMinutes(d.stepStartedAt!, 30 + Math.floor(random() * 60));
  if (pausedAt > now) return;
  push(d, {
    action: 'request_supplement',
    fromStep: step,
    toStep: step,
    fromStatus: d.status,
    toStatus: 'awaiting_supplement',
    actor: 'reception',
    occurredAt: pausedAt,
  });
  d.status = 'awaiting_supplement';
  d.pausedAt = pausedAt;
  d.lastActivityAt = pausedAt;
  d.machineState = {
    value: { [step]: 'awaiting_supplement' },
    context: { ...d.machineState.context, supplementRequests: 1 },
  };
  d.pauses.push({ step, startedAt: pausedAt, endedAt: null, dueBefore: d.dueAt });
}

export function close(d: LargeDossier, step: string, random: () => number, now: Date): void {
  const closedAt = addMinutes(d.stepStartedAt!, 45);
  if (closedAt > now) return;
  const status: DossierStatus = random() < 0.45 ? 'refused' : random() < 0.8 ? 'withdrawn' : 'stopped';
  const action = status === 'refused' ? 'refuse' : status === 'withdrawn' ? 'withdraw' : 'stop';
  push(d, {
    action,
    fromStep: step,
    toStep: null,
    fromStatus: d.status,
    toStatus: status,
    actor: 'head',
    occurredAt: closedAt,
  });
  d.status = status;
  d.step = null;
  d.stepStartedAt = null;
  d.stepDueAt = null;
  d.finishedAt = closedAt;
  d.lastActivityAt = closedAt;
  d.machineState = { value: status, context: d.machineState.context };
}

/** The deadline columns and open flags the tracker itself would store at `now` (the steady state). */
export function track(d: LargeDossier, catalog: Catalog, now: Date): void {
  const plan = planDeadlines(
    catalog.calendar,
    d.procedure.definition.deadlines,
    {
      status: d.status,
      pausedAt: d.pausedAt,
      step: d.step?.id ?? null,
      clockStartedAt: d.clockStartedAt,
      dueAt: d.dueAt,
      stepStartedAt: d.stepStartedAt,
      stepDueAt: d.stepDueAt,
      lastActivityAt: d.lastActivityAt,
      apologyReminderAt: null,
      apologyRemindedAt: null,
    },
    now,
  );
  d.deadlines = {
    ...plan.instants,
    apologyRemindedAt: plan.apologyRemindedAt,
    flagAt: Object.fromEntries(plan.flags.map((f) => [f.flag, now])),
  };
  d.flags = plan.flags;
}
