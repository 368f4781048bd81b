import { toVietnamIso, type WorkingCalendar } from '@motcua/calendar';
import type { ProcedureDefinition } from '@motcua/engine';
import { buildModel, serversOf } from './simulation-model.rules';
import { judgeOutcomes, reproductionCheck } from './simulation-figures.rules';
import { axisOf, monthEndsOf, observeSteps, prepareArrivals, type SimPeriod } from './simulation-input.rules';
import type { ArrivalRow, StaffRow } from './simulation.repository';
import { simulate } from './simulation.rules';
import { LATE_CODES_SHOWN, type SimulationRequest, type SimulationResult } from './simulation-result.types';
import { loadView, type StaffCount, staffOf } from './simulation-view.rules';

export const DEFAULT_SEED = 42;

/** What the database said, for one procedure and period. */
export interface ReplayInput {
  current: ProcedureDefinition;
  draft: ProcedureDefinition;
  rows: ArrivalRow[];
  trajectories: string[];
  staffRows: StaffRow[];
  period: SimPeriod;
  request: SimulationRequest;
}

/**
 * Pure: the period's dossiers replayed through the current revision (no limit on places, which gives each step's
 * peak) and through the draft (places from that peak per officer), judged beside what actually happened.
 */
export function replay(
  { current, draft, rows, trajectories, staffRows, period, request }: ReplayInput,
  calendar: WorkingCalendar,
): SimulationResult {
  const axis = axisOf(calendar, period.from);
  const end = axis(period.asOf);
  const monthEnds = monthEndsOf(period, axis);
  const { steps: observed, dossiers } = observeSteps(trajectories, rows, axis, period.asOf);
  const now_ = prepareArrivals(rows, calendar, axis, current.deadline);
  const next = prepareArrivals(rows, calendar, axis, draft.deadline);
  const seed = request.seed ?? DEFAULT_SEED;

  const today: StaffCount = staffOf(current, staffRows, {});
  const draftToday: StaffCount = staffOf(draft, staffRows, {});
  const planned: StaffCount = staffOf(draft, staffRows, request.staff ?? {});
  const currentRun = simulate(buildModel(current, observed, {}, {}, dossiers).model, now_.arrivals, seed);
  const peaks = Object.fromEntries(currentRun.steps.map((s) => [s.stepId, s.peakInWork]));
  const servers = serversOf(
    draft.steps.map((s) => s.id),
    peaks,
    today,
    planned,
  );
  const built = buildModel(draft, observed, servers, request.assume ?? {}, dossiers);
  const draftRun = simulate(built.model, next.arrivals, seed);

  const judge = (due: (i: number) => number, finish: (i: number) => number | null) => {
    const f = judgeOutcomes(now_.arrivals, due, finish, end, monthEnds);
    return { ...f, lateCodes: f.lateCodes.slice(0, LATE_CODES_SHOWN) };
  };
  const actual = judge(
    (i) => now_.actualDue[i],
    (i) => now_.actualFinish[i],
  );
  const currentFigures = judge(
    (i) => now_.arrivals[i].due,
    (i) => currentRun.finish[i],
  );
  const draftFigures = judge(
    (i) => next.arrivals[i].due,
    (i) => draftRun.finish[i],
  );
  const loadOf = (run: typeof currentRun, id: string, places: number) => {
    const load = run.steps.find((s) => s.stepId === id);
    return load ? loadView(load, places, end) : null;
  };
  return {
    procedureCode: current.code,
    procedureName: current.name,
    currentVersion: current.version,
    draftVersion: draft.version,
    from: request.from,
    to: request.to,
    asOf: toVietnamIso(period.asOf),
    seed,
    actual,
    current: currentFigures,
    draft: draftFigures,
    check: reproductionCheck(actual, currentFigures),
    steps: draft.steps.map((s, k) => ({
      ...built.notes[k],
      stepName: s.name,
      unit: s.owner.unit,
      role: s.owner.role,
      officersToday: draftToday[s.id],
      officers: planned[s.id],
      current: loadOf(currentRun, s.id, peaks[s.id] ?? 0),
      draft: loadOf(draftRun, s.id, servers[s.id]),
    })),
  };
}
