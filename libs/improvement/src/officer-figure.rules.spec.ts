import type { ProcedureDefinition } from '@motcua/engine';
import { officerFigures } from './officer-figure.rules';
import type { OfficerSqlRow } from './step-rows.types';

const definition = {
  code: '2.000908',
  version: 1,
  name: 'Cấp bản sao từ sổ gốc',
  steps: [
    {
      id: 'appraise',
      name: 'Thẩm định',
      owner: { unit: 'justice' },
      duration: { amount: 3, unit: 'working_hour' },
    },
    { id: 'sign', name: 'Ký', owner: { unit: 'leaders' }, duration: { amount: 2, unit: 'working_hour' } },
  ],
} as unknown as ProcedureDefinition;

const row = (username: string, name: string, step: string, minutes: number, late = 0): OfficerSqlRow => ({
  revision: 'r1',
  step,
  username,
  name,
  kind: 't',
  m: String(minutes),
  to_step: null,
  hand_overs: '1',
  minutes: String(minutes),
  late: String(late),
  supplements: '0',
});

describe('officerFigures', () => {
  it("gives each officer their own hand-overs of their unit's steps, by name", () => {
    const officers = officerFigures(
      [
        row('tuphap.xa2', 'Trần Văn Bình', 'appraise', 480, 1),
        row('tuphap.xa1', 'Lê Thị An', 'appraise', 120),
        row('tuphap.xa1', 'Lê Thị An', 'appraise', 240, 1),
        row('chutich.xa', 'Hoàng Văn Cường', 'sign', 60),
      ],
      new Map([['r1', definition]]),
      'justice',
    );
    expect(officers.map((o) => o.username)).toEqual(['tuphap.xa1', 'tuphap.xa2']);
    expect(officers[0]!.steps).toHaveLength(1);
    expect(officers[0]!.steps[0]).toMatchObject({
      stepId: 'appraise',
      handOvers: 2,
      medianMinutes: 180,
      lateShare: 0.5,
    });
    expect(officers[1]!.steps[0]).toMatchObject({ handOvers: 1, medianMinutes: 480, lateDossiers: 0 });
  });
});
