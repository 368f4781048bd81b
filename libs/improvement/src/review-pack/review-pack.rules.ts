import { isWorkingUnit, type TimeLimit } from '@motcua/calendar';
import { limitMinutes, type ProcedureDefinition } from '@motcua/engine';
import { COUNT_COLUMNS, handlingCounts, type HandlingCounts, type HandlingSqlRow } from '@motcua/report';
import type { StepFigure } from '../step-figure.types';
import { dossierFlag, limitFlag, stepFlag } from './review-pack-flags.rules';
import type { PackAgency, PackFlag, PackProcedure, ReviewPack } from './review-pack.types';

/** A procedure revision's counts as the repository reads them: form 06's, and its done dossiers' working times. */
export interface PackSqlRow extends Omit<HandlingSqlRow, 'key' | 'label'> {
  code: string;
  version: number;
  name: string;
  timed: string;
  median_ms: string | null;
  p90_ms: string | null;
  over_limit: string | null;
}

const MINUTE_MS = 60_000;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A statutory limit in words. */
export function limitWords(limit: TimeLimit): string {
  const unit = { working_hour: 'giờ làm việc', working_day: 'ngày làm việc', day: 'ngày', month: 'tháng' };
  return `${limit.amount.toLocaleString('vi-VN')} ${unit[limit.unit]}`;
}

/** The limit in working minutes a dossier's working time is held against; null for calendar days or months. */
export const workingLimitMinutes = (def: ProcedureDefinition): number | null =>
  isWorkingUnit(def.deadline.unit) ? limitMinutes(def.deadline) : null;

/** Decision 766's on-time rate: (resolved early + on time + pending within the deadline) / total × 100. */
export function onTimeRate(c: HandlingCounts): number | null {
  if (c.total === 0) return null;
  return round2(((c.resolvedEarly + c.resolvedOnTime + c.pendingWithinDeadline) / c.total) * 100);
}

/** The definitions of the procedures the agency runs: those whose `agency` is one of its units. */
export const agencyDefinitions = (defs: ProcedureDefinition[], units: string[]): ProcedureDefinition[] =>
  defs.filter((d) => d.agency !== undefined && units.includes(d.agency));

/**
 * The revisions in force at some instant of [from, to): a revision takes effect at its `effectiveFrom` (at once
 * without one) and stays in force until a higher version of the same code takes effect.
 */
export function revisionsInForce(defs: ProcedureDefinition[], from: Date, to: Date): ProcedureDefinition[] {
  const start = (d: ProcedureDefinition) => (d.effectiveFrom ? Date.parse(d.effectiveFrom) : -Infinity);
  return defs.filter((d) => {
    if (start(d) >= to.getTime()) return false;
    const superseded = defs.some(
      (o) => o.code === d.code && o.version > d.version && start(o) <= Math.max(start(d), from.getTime()),
    );
    return !superseded;
  });
}

const byCodeVersion = (a: { code: string; version: number }, b: { code: string; version: number }) =>
  a.code.localeCompare(b.code) || a.version - b.version;

/** A row of the pack's procedure table from its counts and, when the catalog has it, its revision's definition. */
export function packProcedure(row: PackSqlRow, def: ProcedureDefinition | undefined): PackProcedure {
  const counts = handlingCounts({ ...row, key: row.code, label: row.name });
  const ms = (v: string | null) => (v === null ? null : Math.round(Number(v) / MINUTE_MS));
  return {
    code: row.code,
    version: row.version,
    name: row.name,
    limit: def ? limitWords(def.deadline) : '–',
    ...counts,
    onTimeRate: onTimeRate(counts),
    timed: Number(row.timed),
    medianWorkingMinutes: ms(row.median_ms),
    p90WorkingMinutes: ms(row.p90_ms),
    overLimit: row.over_limit === null ? null : Number(row.over_limit),
  };
}

/** Form 06's counts summed over the revisions' rows, with its subtotals. */
function totalOf(rows: PackSqlRow[]): HandlingCounts {
  const sum = { key: null, label: null } as HandlingSqlRow;
  for (const c of COUNT_COLUMNS) sum[c] = String(rows.reduce((s, r) => s + Number(r[c]), 0));
  return handlingCounts(sum);
}

export interface PackInput {
  agency: PackAgency;
  year: number;
  from: string;
  to: string;
  asOf: string;
  /** The agency's revisions in force in the year (revisionsInForce ∘ agencyDefinitions). */
  definitions: ProcedureDefinition[];
  /** Every revision of the catalog, to name and time the rows of revisions no longer in force. */
  catalog: ProcedureDefinition[];
  rows: PackSqlRow[];
  steps: StepFigure[];
}

/**
 * The pack: the agency's procedures with their counts and on-time rates, the step figures, and the flags in the
 * order a committee reads them (by procedure and revision; the ISO table, then the dossiers, then the steps).
 */
export function reviewPack(input: PackInput): ReviewPack {
  const find = (code: string, version: number) =>
    input.catalog.find((d) => d.code === code && d.version === version);
  const procedures = [...input.rows]
    .sort(byCodeVersion)
    .map((r) => packProcedure(r, find(r.code, r.version)));
  const total = totalOf(input.rows);
  const dossierFlags = procedures.map((p) => {
    const def = find(p.code, p.version);
    const limit = def ? workingLimitMinutes(def) : null;
    return limit === null ? null : dossierFlag(p, limit);
  });
  const flags = [...input.definitions.map(limitFlag), ...dossierFlags, ...input.steps.map(stepFlag)].filter(
    (f): f is PackFlag => f !== null,
  );
  const steps = [...input.steps].sort(
    (a, b) => a.procedureCode.localeCompare(b.procedureCode) || a.version - b.version,
  );
  return {
    agency: input.agency,
    year: input.year,
    from: input.from,
    to: input.to,
    asOf: input.asOf,
    procedures,
    total: { ...total, onTimeRate: onTimeRate(total) },
    steps,
    flags: flags
      .map((f, i) => ({ f, i }))
      .sort((a, b) => byFlag(a.f, b.f) || a.i - b.i)
      .map(({ f }) => f),
  };
}

const byFlag = (a: PackFlag, b: PackFlag): number =>
  a.procedureCode.localeCompare(b.procedureCode) || a.version - b.version;
