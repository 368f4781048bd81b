import { edit, fixtureProcedure, PROCEDURE_TEXT, procedureErrors } from './__fixtures__/fixtures';
import { toMermaid } from './procedure-diagram';
import { longestPath } from './procedure-graph';

// appraise may ask for a verification (4 working hours) that the statutory 1 working day has no room for.
const VERIFY = `  - id: verify
    name: 'Xác minh'
    owner: { unit: tu-phap, role: officer }
    duration: { amount: 4, unit: working_hour }
    extendsLimit: { amount: 4, unit: working_hour, rule: 'Trường hợp phải xác minh' }
    actions:
      verified: sign
  - id: sign
`;
const withVerify = (...more: Array<[string, string]>): string =>
  edit(
    PROCEDURE_TEXT,
    ['      submit: sign\n  - id: sign\n', `      submit: sign\n      verify: verify\n${VERIFY}`],
    ...more,
  );

describe('extendsLimit (conditional limit)', () => {
  it('reads the conditional limit of a step', () => {
    const verify = fixtureProcedure(withVerify()).steps.find((s) => s.id === 'verify');
    expect(verify?.extendsLimit).toEqual({
      amount: 4,
      unit: 'working_hour',
      rule: 'Trường hợp phải xác minh',
    });
  });

  it('lets the path through the conditional step add up to the extended limit', () => {
    expect(procedureErrors(withVerify())).toEqual([]);
    // Both ways use the whole of their limit: 8 of 8 working hours, 12 of 8 + 4.
    expect(longestPath(fixtureProcedure(withVerify()))).toMatchObject({ minutes: 8 * 60, extension: 0 });
  });

  it('still refuses a path through the conditional step longer than the extended limit', () => {
    const text = withVerify([
      'duration: { amount: 4, unit: working_hour }\n    extendsLimit: { amount: 4',
      'duration: { amount: 5, unit: working_hour }\n    extendsLimit: { amount: 4',
    ]);
    expect(procedureErrors(text)).toEqual([
      'p.yaml:7: the longest path receive → appraise → verify → sign → release → done takes 1 working day 5 working hours, ' +
        'more than the statutory 1 working day extended by 4 working hours on this path (extendsLimit)',
    ]);
  });

  it('refuses a unit of the other family, a missing rule, a zero amount and the first step', () => {
    expect(
      procedureErrors(withVerify(['amount: 4, unit: working_hour, rule', 'amount: 1, unit: day, rule'])),
    ).toEqual([
      "p.yaml:31: step 3 (verify) extendsLimit 1 day (at most 1 working day) is not counted like the statutory 1 working day: use working_hour or working_day",
    ]);
    expect(procedureErrors(withVerify([", rule: 'Trường hợp phải xác minh'", '']))).toEqual([
      "p.yaml:31: step 3 (verify).extendsLimit: missing required field 'rule'",
    ]);
    expect(procedureErrors(withVerify(['extendsLimit: { amount: 4', 'extendsLimit: { amount: 0']))).toEqual([
      'p.yaml:31: step 3 (verify).extendsLimit.amount: must be > 0',
    ]);
    const first = edit(PROCEDURE_TEXT, [
      '    duration: { amount: 2, unit: working_hour }\n    actions:\n      forward',
      "    duration: { amount: 2, unit: working_hour }\n    extendsLimit: { amount: 1, unit: working_hour, rule: 'x' }\n    actions:\n      forward",
    ]);
    expect(procedureErrors(first)).toEqual([
      "p.yaml:18: step 1 (receive) extendsLimit 1 working hour: the first step is taken by every dossier; raise the deadline instead of extending it",
    ]);
  });

  it('draws the conditional limit on its step', () => {
    expect(toMermaid(fixtureProcedure(withVerify()))).toContain(
      '"3. Xác minh<br/>tu-phap · officer · 4 working hours<br/>limit + 4 working hours when taken" as verify',
    );
  });
});
