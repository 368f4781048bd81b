import { randomUUID } from 'node:crypto';
import type { Catalog } from '@motcua/catalog';
import { type DossierStatus, statutoryClock, stepAllotment, stepDue } from '@motcua/dossier';
import { type CompiledProcedure, type PersistedState, startDossier } from '@motcua/engine';
import { channel, applicant } from './large-people';
import type { LargeDossier, LargeProcedure } from './large-types';
import { addMinutes, close, contextAt, finishDone, handOver, pause, push, track } from './large-walk';

export type { LargeDossier, LargeEvent, LargeFlag, LargeProcedure } from './large-types';

export const startState = (compiled: CompiledProcedure): PersistedState => startDossier(compiled).state;

/**
 * One dossier received at `receivedAt`, walked along its procedure's steps at a pace, and left where `now`
 * finds it: done (early, on time or late), refused or withdrawn, waiting for a supplement, or running at a
 * step; `stuck` dossiers stopped moving at a step and are past its due instant (the overdue share).
 */
export function largeDossier(
  catalog: Catalog,
  procedure: LargeProcedure,
  random: () => number,
  receivedAt: Date,
  now: Date,
  code: string,
): LargeDossier {
  const { calendar } = catalog;
  const def = procedure.definition;
  const person = applicant(random);
  const { clockStartedAt, dueAt } = statutoryClock(
    calendar,
    def,
    catalog.org.center.cutoff ?? null,
    receivedAt,
  );
  const fate = random();
  const stuck = fate < 0.16;
  // Most steps take part of their allotment; a late dossier takes more than all of it.
  const pace = stuck ? 0.5 : fate > 0.94 ? 1.4 : 0.25 + random() * 0.6;
  const starts: Date[] = [];
  const dues: Date[] = [];
  let used = 0;
  for (const step of def.steps) {
    const start = used === 0 ? clockStartedAt : calendar.addWorkingMinutes(clockStartedAt, used);
    starts.push(start);
    dues.push(stepDue(calendar, step, start));
    used += Math.max(5, Math.round(stepAllotment(calendar, step, start) * pace));
  }
  const finish = calendar.addWorkingMinutes(clockStartedAt, used);
  const d: LargeDossier = {
    id: randomUUID(),
    procedure,
    code,
    channel: channel(random),
    status: 'done',
    applicant: person,
    machineState: { value: 'done', context: procedure.initial.context },
    step: null,
    receivedAt,
    clockStartedAt,
    dueAt,
    stepStartedAt: null,
    stepDueAt: null,
    pausedAt: null,
    resultReadyAt: null,
    finishedAt: null,
    workingMs: null,
    lastActivityAt: receivedAt,
    stepConsumed: {},
    deadlines: {
      dueSoonFrom: null,
      stallAt: null,
      apologyReminderAt: null,
      apologyRemindedAt: null,
      flagAt: {},
    },
    flags: [],
    events: [],
    pauses: [],
  };
  const accepted = { action: 'receive', toStatus: 'accepted' as DossierStatus, occurredAt: receivedAt };
  push(d, { ...accepted, fromStep: null, toStep: null, fromStatus: null, actor: 'letan' });
  push(d, {
    action: 'intake',
    fromStep: null,
    toStep: def.steps[0].id,
    fromStatus: 'accepted',
    toStatus: 'in_progress',
    actor: null,
    occurredAt: addMinutes(receivedAt, 0.05),
    stepStartedAt: clockStartedAt,
    stepDueAt: dues[0],
  });

  // Where the walk stops: the step in force at `now`, or earlier for a stuck, paused or closed dossier.
  let at = def.steps.length;
  for (let i = 0; i < def.steps.length; i++) if (starts[i] <= now) at = i + 1;
  at = Math.max(1, at);
  const current = stuck || fate < 0.25 ? Math.floor(random() * at) : at - 1;
  const running = starts[current] <= now && (finish > now || stuck || fate < 0.25);
  const handOvers = running ? current : def.steps.length - 1;
  for (let i = 0; i < handOvers; i++)
    handOver(
      d,
      def,
      i,
      starts[i + 1],
      starts[i],
      dues[i],
      calendar,
      dues[i + 1],
      waitShare(def.steps[i], random),
    );

  if (!running) {
    finishDone(d, def, calendar, starts, dues, finish, random);
    return d;
  }
  const step = def.steps[current];
  d.step = { id: step.id, unit: step.owner.unit, role: step.owner.role };
  d.stepStartedAt = starts[current];
  d.stepDueAt = dues[current];
  d.lastActivityAt = starts[current];
  d.machineState = { value: { [step.id]: 'active' }, context: contextAt(procedure, current) };
  d.status = step.result ? 'result_ready' : 'in_progress';
  if (step.result) d.resultReadyAt = starts[current];
  if (stuck) {
    // Stuck: no activity since the step began; it is overdue once its due instant has passed.
  } else if (fate < 0.2) {
    pause(d, step.id, calendar, random, now);
  } else if (fate < 0.25) {
    close(d, step.id, random, now);
  }
  if (d.status === 'in_progress' || d.status === 'result_ready') track(d, catalog, now);
  return d;
}

/** An officer's step waits for its head's assignment a share of its time (up to 40 %); other steps are not assigned. */
const waitShare = (step: { owner: { role: string } }, random: () => number): number | null =>
  step.owner.role === 'officer' ? random() * 0.4 : null;
