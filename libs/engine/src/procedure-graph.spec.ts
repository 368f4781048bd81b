import { stringify } from 'yaml';
import { fixtureProcedure, procedureErrors } from './__fixtures__/fixtures';
import { longestPath } from './procedure-graph';

/** A procedure of `n` steps where every step may go to every other one and to done. */
function everyWay(n: number): string {
  const ids = Array.from({ length: n }, (_, i) => `s${i}`);
  return stringify({
    code: '2.000908',
    version: 1,
    name: 'x',
    field: 'x',
    level: 'commune',
    deadline: { amount: 1, unit: 'month' },
    online: 'none',
    steps: ids.map((id) => ({
      id,
      name: id,
      owner: { unit: 'one-stop', role: 'reception' },
      duration: { amount: 1, unit: 'working_hour' },
      actions: {
        ...Object.fromEntries(ids.filter((o) => o !== id).map((o) => [`to_${o}`, o])),
        finish: 'done',
      },
    })),
    fieldCode: 'X',
  });
}

describe('longestPath', () => {
  it('finds the slowest way to done, visiting no step twice', () => {
    expect(longestPath(fixtureProcedure())).toEqual({
      path: ['receive', 'appraise', 'sign', 'release'],
      minutes: 480,
      extension: 0,
    });
  });

  it('checks a procedure where every step leads to every other one', () => {
    expect(procedureErrors(everyWay(6))).toEqual([]);
  });

  it('gives up, with an error, when there are too many paths to search', () => {
    expect(procedureErrors(everyWay(12))).toEqual([
      "p.yaml:6: too many paths from the first step to 'done' to check the deadline",
    ]);
  });
});
