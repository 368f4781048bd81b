import type { ProcedureDefinition } from '@motcua/engine';
import { allottedMinutes, stepFigures } from './step-figure.rules';
import type { StepSqlRow } from './step-rows.types';

const step = (id: string, unit: string, amount: number, durationUnit = 'working_hour') => ({
  id,
  name: `Bước ${id}`,
  owner: { unit, role: 'officer' },
  duration: { amount, unit: durationUnit },
});

const definition = {
  code: '2.000908',
  version: 2,
  name: 'Cấp bản sao từ sổ gốc',
  steps: [step('receive', 'desk', 2), step('appraise', 'justice', 3), step('sign', 'leaders', 2)],
} as unknown as ProcedureDefinition;

const revisions = new Map([['rev-1', definition]]);

const counts = { late: '0', supplements: '0', to_step: null };

/** The histogram rows of `n` hand-overs of `total` minutes, `wait` of them before the pick-up when recorded. */
const row = (
  step: string,
  total: number | null,
  wait: number | null,
  n: number,
  extra: Partial<StepSqlRow> = {},
): StepSqlRow[] => {
  const base = { revision: 'rev-1', step, hand_overs: String(n), ...counts };
  const t: StepSqlRow = {
    ...base,
    kind: 't',
    m: total === null ? null : String(total),
    minutes: total === null ? null : String(total * n),
    ...extra,
  };
  if (wait === null || total === null) return [t];
  const split = (kind: 'w' | 'k', m: number): StepSqlRow => ({ ...base, kind, m: String(m), minutes: null });
  return [t, split('w', wait), split('k', total - wait)];
};

describe('stepFigures', () => {
  const rows = {
    steps: [
      row('appraise', 120, 30, 2, { late: '0' }),
      row('appraise', 390, 60, 1, { late: '1' }),
      row('sign', 30, null, 1, { to_step: 'appraise' }),
      row('appraise', 420, null, 1, { late: '1' }),
      row('appraise', null, null, 0, { supplements: '1' }),
      row('receive', 60, null, 4),
    ].flat(),
    late: [
      { revision: 'rev-1', step: null, dossiers: '4' },
      { revision: 'rev-1', step: 'appraise', dossiers: '3' },
      { revision: 'rev-1', step: 'sign', dossiers: '1' },
    ],
  };

  it('gives each step its time against the ISO table, in the order of the table', () => {
    const [receive, appraise, sign] = stepFigures(rows, revisions, null);
    expect(receive).toMatchObject({
      stepId: 'receive',
      handOvers: 4,
      medianMinutes: 60,
      allottedMinutes: 120,
    });
    expect(appraise).toMatchObject({
      procedureCode: '2.000908',
      version: 2,
      stepName: 'Bước appraise',
      unit: 'justice',
      allottedMinutes: 180,
      handOvers: 4,
      medianMinutes: 255,
      meanMinutes: 262.5,
      lateShare: 0.5,
      sendBacks: 0,
      repeatVisits: 1,
      supplementRequests: 1,
      supplementRate: 0.25,
      lateDossiers: 3,
      lateDossierShare: 0.75,
    });
    expect(appraise!.p90Minutes).toBe(411);
    // A send-back from signing is a second visit of appraisal.
    expect(sign).toMatchObject({
      stepId: 'sign',
      handOvers: 1,
      sendBacks: 1,
      sendBackRate: 1,
      lateDossiers: 1,
    });
  });

  it('splits wait and work over the hand-overs whose pick-up was recorded', () => {
    const appraise = stepFigures(rows, revisions, null)[1]!;
    // waits 30, 30, 60 → 30; work 90, 90, 330 → 90
    expect(appraise.waitMedianMinutes).toBe(30);
    expect(appraise.workMedianMinutes).toBe(90);
    expect(stepFigures(rows, revisions, null)[0]!.waitMedianMinutes).toBeNull();
  });

  it('keeps only the steps of the units in scope', () => {
    expect(stepFigures(rows, revisions, ['justice']).map((f) => f.stepId)).toEqual(['appraise']);
    expect(stepFigures(rows, revisions, ['elsewhere'])).toEqual([]);
  });

  it('has no allotted working time for a step in calendar days', () => {
    expect(allottedMinutes(step('x', 'u', 15, 'day') as never)).toBeNull();
    expect(allottedMinutes(step('x', 'u', 1.5, 'working_day') as never)).toBe(720);
  });
});
