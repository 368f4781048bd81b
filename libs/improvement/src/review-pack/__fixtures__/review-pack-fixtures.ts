import type { LimitUnit, TimeLimit } from '@motcua/calendar';
import { DEFAULT_DEADLINE_POLICY, type ProcedureDefinition, type ProcedureStep } from '@motcua/engine';
import type { StepFigure } from '../../step-figure.types';
import { type PackSqlRow, reviewPack } from '../review-pack.rules';
import type { ReviewPack } from '../review-pack.types';

/** A step handing over to `next` (or done) after `hours` of working time. */
function step(id: string, next: string, amount: number, unit: LimitUnit = 'working_hour'): ProcedureStep {
  return {
    id,
    name: `Bước ${id}`,
    owner: { unit: 'mot-cua-xa', role: 'reception' },
    duration: { amount, unit },
    result: false,
    transitions: [{ event: 'forward', target: next, actions: [], line: 1 }],
    line: 1,
  };
}

/** A procedure whose steps take `hours` one after another, under `deadline`. */
export function definitionOf(
  code: string,
  hours: number[],
  deadline: TimeLimit = { amount: 1, unit: 'working_day' },
  extra: Partial<ProcedureDefinition> = {},
): ProcedureDefinition {
  const ids = hours.map((_, i) => `s${i + 1}`);
  return {
    file: `${code}.yaml`,
    code,
    version: 1,
    name: `Thủ tục ${code}`,
    field: 'Chứng thực',
    fieldCode: 'CHUNG_THUC',
    level: 'commune',
    agency: 'ubnd-xa',
    deadline,
    online: 'partial',
    maxSupplementRequests: 1,
    deadlines: DEFAULT_DEADLINE_POLICY,
    documents: [],
    fees: [],
    steps: hours.map((h, i) => step(ids[i]!, ids[i + 1] ?? 'done', h)),
    ...extra,
  };
}

/** A step's figures: 100 hand-overs, nothing late unless told. */
export function figureOf(over: Partial<StepFigure>): StepFigure {
  return {
    procedureCode: '2.000908',
    procedureName: 'Cấp bản sao từ sổ gốc',
    version: 1,
    stepId: 'appraise',
    stepName: 'Thẩm định hồ sơ',
    unit: 'tu-phap-xa',
    allottedMinutes: 180,
    handOvers: 100,
    medianMinutes: 120,
    p90Minutes: 170,
    meanMinutes: 130,
    lateShare: 0,
    waitMedianMinutes: null,
    workMedianMinutes: null,
    sendBacks: 0,
    sendBackRate: 0,
    repeatVisits: 0,
    supplementRequests: 0,
    supplementRate: 0,
    lateDossiers: 0,
    lateDossierShare: 0,
    ...over,
  };
}

/** A revision's counts as the repository returns them (bigint strings). */
export function sqlRowOf(code: string, over: Partial<PackSqlRow> = {}): PackSqlRow {
  return {
    code,
    version: 1,
    name: `Thủ tục ${code}`,
    received_online: '4',
    received_offline: '6',
    carried_over: '2',
    resolved_early: '3',
    resolved_on_time: '4',
    resolved_late: '2',
    closed_other: '1',
    pending_within: '1',
    pending_overdue: '1',
    supplemented: '0',
    timed: '9',
    median_ms: String(300 * 60_000),
    p90_ms: String(600 * 60_000),
    over_limit: '2',
    ...over,
  };
}

/** A pack of commune ubnd-xa for 2026 with the given rows, step figures and flags. */
export function packOf(over: Partial<ReviewPack> = {}): ReviewPack {
  const def = definitionOf('2.000908', [2, 3, 1]);
  const pack = reviewPack({
    agency: { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã Sa Pa', parent: 'Ủy ban nhân dân tỉnh Lào Cai' },
    year: 2026,
    from: '2026-01-01T00:00:00+07:00',
    to: '2027-01-01T00:00:00+07:00',
    asOf: '2027-01-01T00:00:00+07:00',
    definitions: [def],
    catalog: [def],
    rows: [sqlRowOf('2.000908')],
    steps: [figureOf({ medianMinutes: 390, lateDossiers: 41, lateDossierShare: 0.41 })],
  });
  return { ...pack, ...over };
}
