import { isWorkingUnit, workingMinutes } from '@motcua/calendar';
import type { ProcedureDefinition, ProcedureStep } from '@motcua/engine';
import { type MinuteHistogram, quantile } from './minute-histogram.rules';
import type { StepFigure } from './step-figure.types';
import type { LateSqlRow, StepSqlRow } from './step-rows.types';

export interface StepRows {
  steps: StepSqlRow[];
  late: LateSqlRow[];
}

interface Tally {
  total: MinuteHistogram;
  wait: MinuteHistogram;
  work: MinuteHistogram;
  handOvers: number;
  minutes: number;
  late: number;
  sendBacks: number;
  supplements: number;
  repeats: number;
  lateDossiers: number;
}

const keyOf = (revision: string, step: string): string => `${revision}\u0000${step}`;
const round = (value: number, places: number): number => Number(value.toFixed(places));
const share = (part: number, whole: number): number => (whole === 0 ? 0 : round(part / whole, 4));
const minutes = (value: number | null): number | null => (value === null ? null : round(value, 1));

/** Pure: the ISO table's time of a step in working minutes; null for one in calendar days or months. */
export function allottedMinutes(step: Pick<ProcedureStep, 'duration'>): number | null {
  const { amount, unit } = step.duration;
  return isWorkingUnit(unit) ? workingMinutes(amount, unit) : null;
}

/**
 * Pure: the figures of each step of each revision that the rows count, owned by one of `units` (null: all), in the
 * order of the procedure code, its version and the step table. A step counts when it was handed over, asked for a
 * supplement or held a late dossier in the period; its median, p90 and mean are 0 when it was never handed over.
 * The quantiles are to the minute (the rows count whole minutes); the mean is exact.
 */
export function stepFigures(
  rows: StepRows,
  revisions: ReadonlyMap<string, ProcedureDefinition>,
  units: readonly string[] | null,
): StepFigure[] {
  const tallies = tally(rows, revisions);
  const lateOf = new Map(
    rows.late.filter((r) => r.step === null).map((r) => [r.revision, Number(r.dossiers)]),
  );
  const figures: StepFigure[] = [];
  for (const [revision, definition] of [...revisions].sort(([, a], [, b]) => byProcedure(a, b)))
    for (const step of definition.steps) {
      const t = tallies.get(keyOf(revision, step.id));
      if (!t || (units !== null && !units.includes(step.owner.unit))) continue;
      figures.push(figureOf(definition, step, t, lateOf.get(revision) ?? 0));
    }
  return figures;
}

const byProcedure = (a: ProcedureDefinition, b: ProcedureDefinition): number =>
  a.code.localeCompare(b.code) || a.version - b.version;

function figureOf(
  definition: ProcedureDefinition,
  step: ProcedureStep,
  t: Tally,
  procedureLate: number,
): StepFigure {
  return {
    procedureCode: definition.code,
    procedureName: definition.name,
    version: definition.version,
    stepId: step.id,
    stepName: step.name,
    unit: step.owner.unit,
    allottedMinutes: allottedMinutes(step),
    handOvers: t.handOvers,
    medianMinutes: minutes(quantile(t.total, 0.5)) ?? 0,
    p90Minutes: minutes(quantile(t.total, 0.9)) ?? 0,
    meanMinutes: t.handOvers === 0 ? 0 : round(t.minutes / t.handOvers, 1),
    lateShare: share(t.late, t.handOvers),
    waitMedianMinutes: minutes(quantile(t.wait, 0.5)),
    workMedianMinutes: minutes(quantile(t.work, 0.5)),
    sendBacks: t.sendBacks,
    sendBackRate: share(t.sendBacks, t.handOvers),
    repeatVisits: t.repeats,
    supplementRequests: t.supplements,
    supplementRate: share(t.supplements, t.handOvers),
    lateDossiers: t.lateDossiers,
    lateDossierShare: share(t.lateDossiers, procedureLate),
  };
}

const empty = (): Tally => ({
  total: [],
  wait: [],
  work: [],
  handOvers: 0,
  minutes: 0,
  late: 0,
  sendBacks: 0,
  supplements: 0,
  repeats: 0,
  lateDossiers: 0,
});

/** Whether a hand-over from `from` to `to` went to a step no later in the file: a send-back, as the engine has it. */
function sentBack(definition: ProcedureDefinition | undefined, from: string, to: string | null): boolean {
  if (!definition || to === null) return false;
  const index = (id: string) => definition.steps.findIndex((s) => s.id === id);
  const target = index(to);
  return target >= 0 && target <= index(from);
}

function tally(rows: StepRows, revisions: ReadonlyMap<string, ProcedureDefinition>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const of = (revision: string, step: string): Tally => {
    const key = keyOf(revision, step);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = empty()));
    return t;
  };
  for (const r of rows.steps) {
    const t = of(r.revision, r.step);
    const n = Number(r.hand_overs);
    if (r.kind !== 't') {
      if (r.m !== null && n > 0) (r.kind === 'w' ? t.wait : t.work).push([Number(r.m), n]);
      continue;
    }
    t.handOvers += n;
    t.minutes += Number(r.minutes ?? 0);
    t.late += Number(r.late);
    t.supplements += Number(r.supplements);
    if (sentBack(revisions.get(r.revision), r.step, r.to_step)) {
      t.sendBacks += n;
      of(r.revision, r.to_step!).repeats += n;
    }
    if (r.m !== null && n > 0) t.total.push([Number(r.m), n]);
  }
  for (const r of rows.late) if (r.step !== null) of(r.revision, r.step).lateDossiers += Number(r.dossiers);
  return tallies;
}
