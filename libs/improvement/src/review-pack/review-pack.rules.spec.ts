import { definitionOf, figureOf, sqlRowOf } from './__fixtures__/review-pack-fixtures';
import { agencyDefinitions, limitWords, onTimeRate, revisionsInForce, reviewPack } from './review-pack.rules';

const YEAR = { from: new Date('2026-01-01T00:00:00+07:00'), to: new Date('2027-01-01T00:00:00+07:00') };

describe('the procedures and revisions of a pack', () => {
  it('keeps the procedures whose agency is one of the units', () => {
    const defs = [
      definitionOf('2.000908', [8]),
      definitionOf('2.000488', [8], undefined, { agency: 'so-tu-phap' }),
      definitionOf('1.001612', [8], undefined, { agency: 'kinh-te-xa' }),
    ];
    expect(agencyDefinitions(defs, ['ubnd-xa', 'kinh-te-xa']).map((d) => d.code)).toEqual([
      '2.000908',
      '1.001612',
    ]);
  });

  it('keeps every revision in force at some instant of the year, not one superseded before it began', () => {
    const v1 = definitionOf('2.000908', [8]);
    const v2 = definitionOf('2.000908', [8], undefined, {
      version: 2,
      effectiveFrom: '2026-07-01T00:00:00+07:00',
    });
    const v3 = definitionOf('2.000908', [8], undefined, {
      version: 3,
      effectiveFrom: '2027-03-01T00:00:00+07:00',
    });
    expect(revisionsInForce([v1, v2, v3], YEAR.from, YEAR.to).map((d) => d.version)).toEqual([1, 2]);
    const next = { from: new Date('2027-01-01T00:00:00+07:00'), to: new Date('2028-01-01T00:00:00+07:00') };
    expect(revisionsInForce([v1, v2, v3], next.from, next.to).map((d) => d.version)).toEqual([2, 3]);
  });

  it('keeps only the highest of revisions without an effective date', () => {
    const v1 = definitionOf('2.000908', [8]);
    const v2 = definitionOf('2.000908', [8], undefined, { version: 2 });
    expect(revisionsInForce([v1, v2], YEAR.from, YEAR.to).map((d) => d.version)).toEqual([2]);
  });

  it('writes the limit as the procedure file states it', () => {
    expect(limitWords({ amount: 1, unit: 'working_day' })).toBe('1 ngày làm việc');
    expect(limitWords({ amount: 30, unit: 'day' })).toBe('30 ngày');
    expect(limitWords({ amount: 0.5, unit: 'working_hour' })).toBe('0,5 giờ làm việc');
  });
});

describe('reviewPack', () => {
  const agency = { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã Sa Pa', parent: null };
  const base = {
    agency,
    year: 2026,
    from: '2026-01-01T00:00:00+07:00',
    to: '2027-01-01T00:00:00+07:00',
    asOf: '2027-01-01T00:00:00+07:00',
  };

  it('counts each revision as form 06 does, with Decision 766’s on-time rate, and their total', () => {
    const def = definitionOf('2.000908', [2, 3, 2, 1]);
    const pack = reviewPack({
      ...base,
      definitions: [def],
      catalog: [def],
      rows: [sqlRowOf('2.000908'), sqlRowOf('1.001193', { over_limit: '0' })],
      steps: [],
    });
    expect(pack.procedures.map((p) => p.code)).toEqual(['1.001193', '2.000908']);
    const row = pack.procedures[1]!;
    expect(row).toMatchObject({
      total: 12,
      receivedOnline: 4,
      receivedOffline: 6,
      carriedOver: 2,
      resolved: 9,
      pending: 2,
      onTimeRate: 66.67,
      limit: '1 ngày làm việc',
      timed: 9,
      medianWorkingMinutes: 300,
      p90WorkingMinutes: 600,
      overLimit: 2,
    });
    expect(pack.procedures[0]!.limit).toBe('–');
    expect(pack.total).toMatchObject({ total: 24, resolved: 18, pendingOverdue: 2, onTimeRate: 66.67 });
  });

  it('lists the flags by procedure: the ISO table, the dossiers, then the steps', () => {
    const def = definitionOf('2.000908', [2, 3, 1]);
    const other = definitionOf('1.001193', [2, 3, 2, 1]);
    const pack = reviewPack({
      ...base,
      definitions: [def, other],
      catalog: [def, other],
      rows: [sqlRowOf('2.000908'), sqlRowOf('1.001193', { over_limit: '0' })],
      steps: [figureOf({ medianMinutes: 400 }), figureOf({ procedureCode: '1.001193', p90Minutes: 400 })],
    });
    expect(pack.flags.map((f) => [f.procedureCode, f.kind])).toEqual([
      ['1.001193', 'step_p90_over'],
      ['2.000908', 'steps_below_limit'],
      ['2.000908', 'dossiers_over_limit'],
      ['2.000908', 'step_median_over'],
    ]);
  });

  it('has no on-time rate where there is no dossier', () => {
    expect(
      onTimeRate({
        total: 0,
        receivedOnline: 0,
        receivedOffline: 0,
        carriedOver: 0,
        resolved: 0,
        resolvedEarly: 0,
        resolvedOnTime: 0,
        resolvedLate: 0,
        closedOther: 0,
        pending: 0,
        pendingWithinDeadline: 0,
        pendingOverdue: 0,
      }),
    ).toBeNull();
  });
});
