import { userOf } from './demo-fixtures.rules';
import { candidatesFor, receptionistsFor } from './demo-users.rules';

const users = [
  userOf('tuphap.xa2', 'tu-phap-xa', ['officer']),
  userOf('tuphap.xa1', 'tu-phap-xa', ['officer']),
  userOf('chanhvp.xa', 'tu-phap-xa', ['head']),
  userOf('letan.xa', 'mot-cua-xa', ['reception']),
  userOf('letan.xa2', 'mot-cua-xa', ['reception']),
  userOf('letan.tinh1', 'pvhcc', ['reception']),
];
const names = (list: { username: string }[]) => list.map((u) => u.username);
const officer = { unit: 'tu-phap-xa', role: 'officer' };

describe('who acts', () => {
  it('takes turns among the holders of the unit and role, then the head, then the fallback', () => {
    expect(names(candidatesFor(users, officer, null, 0))).toEqual(['tuphap.xa1', 'tuphap.xa2', 'chanhvp.xa']);
    expect(names(candidatesFor(users, officer, null, 1))).toEqual(['tuphap.xa2', 'tuphap.xa1', 'chanhvp.xa']);
    const desk = receptionistsFor(users, 'mot-cua-xa', 0);
    expect(names(candidatesFor(users, officer, null, 0, desk)).slice(3)).toEqual(['letan.xa', 'letan.xa2']);
  });

  it('puts the assignee first, given as a username or an object', () => {
    expect(names(candidatesFor(users, officer, 'tuphap.xa2', 0))[0]).toBe('tuphap.xa2');
    expect(names(candidatesFor(users, officer, { username: 'tuphap.xa2' }, 0))).toEqual([
      'tuphap.xa2',
      'tuphap.xa1',
      'chanhvp.xa',
    ]);
  });

  it("receives at the first step's unit, or at any desk when it has none logged in", () => {
    expect(names(receptionistsFor(users, 'mot-cua-xa', 1))).toEqual(['letan.xa2', 'letan.xa']);
    expect(names(receptionistsFor(users, 'elsewhere', 0))).toEqual(['letan.tinh1', 'letan.xa', 'letan.xa2']);
  });
});
