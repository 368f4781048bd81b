import type { Organization, ProcedureDefinition } from '@motcua/engine';
import {
  apologyRecipients,
  centerSupervisors,
  type Recipient,
  stepOwners,
  unitChain,
  unitHeads,
  type UsersByUnit,
} from './recipient.rules';

const user = (username: string, unitId: string, ...roles: string[]): Recipient => ({
  id: `id-${username}`,
  username,
  fullName: username,
  unitId,
  roles,
});

const users = [
  user('letan.xa', 'mot-cua-xa', 'reception'),
  user('giamdoc.ttxa', 'mot-cua-xa', 'supervisor'),
  user('tuphap.xa1', 'tu-phap-xa', 'officer'),
  user('tuphap.xa2', 'tu-phap-xa', 'officer'),
  user('chanhvp.xa', 'tu-phap-xa', 'head'),
  user('chutich.xa', 'lanh-dao-xa', 'leader'),
  user('phochutich.xa', 'lanh-dao-xa', 'leader'),
  user('giamdoc.pvhcc', 'pvhcc', 'supervisor'),
];
const byUnit: UsersByUnit = new Map(
  [...new Set(users.map((u) => u.unitId))].map((unit) => [unit, users.filter((u) => u.unitId === unit)]),
);
const names = (list: Recipient[]) => list.map((u) => u.username);

const unit = (id: string, parent?: string) => ({
  id,
  name: id,
  level: 'commune' as const,
  roles: [],
  line: 1,
  parent,
});
const org = {
  units: [
    unit('ubnd-tinh'),
    unit('pvhcc', 'ubnd-tinh'),
    unit('vpdkdd', 'so-nnmt'),
    unit('so-nnmt', 'ubnd-tinh'),
    unit('ubnd-xa'),
    unit('mot-cua-xa', 'ubnd-xa'),
    unit('tu-phap-xa', 'ubnd-xa'),
    unit('lanh-dao-xa', 'ubnd-xa'),
  ],
} as unknown as Organization;

describe('recipients', () => {
  it('level 1: the assignee when the step has one, else every user of the owner unit with the owner role', () => {
    const owner = { unit: 'tu-phap-xa', role: 'officer' };
    expect(names(stepOwners(byUnit, owner, null))).toEqual(['tuphap.xa1', 'tuphap.xa2']);
    expect(names(stepOwners(byUnit, owner, users[3]))).toEqual(['tuphap.xa2']);
    expect(stepOwners(byUnit, { unit: 'kinh-te-xa', role: 'officer' }, null)).toEqual([]);
  });

  it('level 2: the unit’s head; a unit without one answers to its leader, else its supervisor', () => {
    expect(names(unitHeads(byUnit, 'tu-phap-xa'))).toEqual(['chanhvp.xa']);
    expect(names(unitHeads(byUnit, 'lanh-dao-xa'))).toEqual(['chutich.xa', 'phochutich.xa']);
    expect(names(unitHeads(byUnit, 'mot-cua-xa'))).toEqual(['giamdoc.ttxa']);
    expect(unitHeads(byUnit, 'nowhere')).toEqual([]);
  });

  it('level 3: the supervisors of the receiving unit, else of its nearest ancestor that has some', () => {
    expect(names(centerSupervisors(byUnit, org, 'mot-cua-xa'))).toEqual(['giamdoc.ttxa']);
    expect(names(centerSupervisors(byUnit, org, 'pvhcc'))).toEqual(['giamdoc.pvhcc']);
    expect(unitChain(org, 'vpdkdd')).toEqual(['vpdkdd', 'so-nnmt', 'ubnd-tinh']);
    expect(centerSupervisors(byUnit, org, 'vpdkdd')).toEqual([]);
  });

  it('the apology reminder: whoever answers for the step’s unit and the leaders who sign, each once', () => {
    const definition = {
      steps: [
        { id: 'appraise', owner: { unit: 'tu-phap-xa', role: 'officer' } },
        { id: 'sign', owner: { unit: 'lanh-dao-xa', role: 'leader' } },
      ],
    } as unknown as ProcedureDefinition;
    expect(names(apologyRecipients(byUnit, 'tu-phap-xa', definition))).toEqual([
      'chanhvp.xa',
      'chutich.xa',
      'phochutich.xa',
    ]);
    expect(names(apologyRecipients(byUnit, 'lanh-dao-xa', definition))).toEqual([
      'chutich.xa',
      'phochutich.xa',
    ]);
  });
});
