import { definitionOf, figureOf, sqlRowOf } from './__fixtures__/review-pack-fixtures';
import { dossierFlag, limitFlag, stepFlag } from './review-pack-flags.rules';
import { packProcedure } from './review-pack.rules';

describe('limitFlag: the ISO table against the statutory limit', () => {
  it('says nothing when the steps add up to the limit (2 + 3 + 2 + 1 h = 1 working day)', () => {
    expect(limitFlag(definitionOf('2.000908', [2, 3, 2, 1]))).toBeNull();
  });

  it('flags steps that leave part of the limit to no step', () => {
    expect(limitFlag(definitionOf('2.000908', [2, 3, 1]))).toEqual({
      kind: 'steps_below_limit',
      procedureCode: '2.000908',
      version: 1,
      stepId: null,
      finding:
        'Tổng thời gian các bước của quy trình nội bộ (6 giờ) ít hơn thời hạn giải quyết (1 ngày làm việc): còn 2 giờ chưa giao cho bước nào',
    });
  });

  it('flags steps that take more than the limit, in working days', () => {
    const flag = limitFlag(definitionOf('1.115668', [4, 36, 12, 8, 8], { amount: 8, unit: 'working_day' }));
    expect(flag).toMatchObject({ kind: 'steps_above_limit', procedureCode: '1.115668', stepId: null });
    expect(flag!.finding).toBe(
      'Tổng thời gian các bước của quy trình nội bộ (8,5 ngày làm việc) vượt thời hạn giải quyết (8 ngày làm việc)',
    );
  });

  it('writes a limit in calendar days in days', () => {
    const flag = limitFlag(definitionOf('2.001263', [4, 96, 8, 12], { amount: 30, unit: 'day' }));
    expect(flag?.finding).toBe(
      'Tổng thời gian các bước của quy trình nội bộ (15 ngày) ít hơn thời hạn giải quyết (30 ngày): còn 15 ngày chưa giao cho bước nào',
    );
  });
});

describe('stepFlag: a step slower than its allotted time', () => {
  it('says nothing while the median and the p90 stay within the allotted time', () => {
    expect(stepFlag(figureOf({ medianMinutes: 150, p90Minutes: 180 }))).toBeNull();
  });

  it('flags a median above the allotted time, with the late dossiers that were late there', () => {
    const flag = stepFlag(
      figureOf({ medianMinutes: 390, p90Minutes: 700, lateDossiers: 41, lateDossierShare: 0.41 }),
    );
    expect(flag).toEqual({
      kind: 'step_median_over',
      procedureCode: '2.000908',
      version: 1,
      stepId: 'appraise',
      finding:
        'Bước “Thẩm định hồ sơ”: quy trình quy định 3 giờ, trung vị thời gian thực tế 6,5 giờ (100 lượt chuyển); 41 % hồ sơ trễ hạn của thủ tục bị trễ tại bước này',
    });
  });

  it('flags a p90 above the allotted time when the median is within it', () => {
    const flag = stepFlag(figureOf({ medianMinutes: 120, p90Minutes: 240 }));
    expect(flag?.kind).toBe('step_p90_over');
    expect(flag?.finding).toContain('10 % hồ sơ chậm nhất quá 4 giờ');
  });

  it('does not judge a step without an allotted time or without hand-overs', () => {
    expect(stepFlag(figureOf({ allottedMinutes: null, medianMinutes: 999 }))).toBeNull();
    expect(stepFlag(figureOf({ allottedMinutes: 0, medianMinutes: 999 }))).toBeNull();
    expect(stepFlag(figureOf({ handOvers: 0, medianMinutes: 999 }))).toBeNull();
  });
});

describe('dossierFlag: dossiers whose working time exceeded the limit', () => {
  it('counts them against the dossiers timed, with the median and p90', () => {
    const row = packProcedure(sqlRowOf('2.000908'), definitionOf('2.000908', [2, 3, 2, 1]));
    expect(dossierFlag(row, 480)).toEqual({
      kind: 'dossiers_over_limit',
      procedureCode: '2.000908',
      version: 1,
      stepId: null,
      finding:
        '2 hồ sơ (22,2 % số hồ sơ đã giải quyết) có thời gian giải quyết vượt thời hạn 1 ngày làm việc; trung vị 5 giờ, 10 % chậm nhất quá 1,3 ngày làm việc',
    });
  });

  it('says nothing when none exceeded it, or when the limit is not in working time', () => {
    const def = definitionOf('2.000908', [2, 3, 2, 1]);
    expect(dossierFlag(packProcedure(sqlRowOf('2.000908', { over_limit: '0' }), def), 480)).toBeNull();
    expect(dossierFlag(packProcedure(sqlRowOf('2.000908', { over_limit: null }), def), 480)).toBeNull();
  });
});
