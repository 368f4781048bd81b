import {
  type AuthUser,
  canActOnStep,
  canReadDossier,
  canReassign,
  isEligibleAssignee,
  isRole,
  type Role,
  type StepOwner,
} from './access.policy';

const user = (id: string, unitId: string, ...roles: Role[]): AuthUser => ({
  id,
  username: id,
  fullName: id,
  title: '',
  unitId,
  roles,
});

const officer1 = user('tuphap.xa1', 'tu-phap-xa', 'officer');
const officer2 = user('tuphap.xa2', 'tu-phap-xa', 'officer');
const head = user('chanhvp.xa', 'tu-phap-xa', 'head');
const otherOfficer = user('kinhte.xa1', 'kinh-te-xa', 'officer');
const otherHead = user('truongphong.kt', 'kinh-te-xa', 'head');
const leader = user('chutich.xa', 'lanh-dao-xa', 'leader');
const reception = user('letan.xa', 'mot-cua-xa', 'reception');
const supervisor = user('giamdoc.pvhcc', 'pvhcc', 'supervisor');
const admin = user('quantri', 'pvhcc', 'admin');
const portal = user('dvcqg', 'pvhcc', 'portal');

const appraise: StepOwner = { unit: 'tu-phap-xa', role: 'officer' };
const sign: StepOwner = { unit: 'lanh-dao-xa', role: 'leader' };

describe('canActOnStep', () => {
  it('lets any officer of the owner unit act on an unassigned officer step', () => {
    expect(canActOnStep(officer1, appraise, null)).toBe(true);
    expect(canActOnStep(officer2, appraise, null)).toBe(true);
  });

  it('refuses an officer of another unit, assigned or not', () => {
    expect(canActOnStep(otherOfficer, appraise, null)).toBe(false);
    expect(canActOnStep(otherOfficer, appraise, otherOfficer.id)).toBe(false);
  });

  it('refuses a user of the right unit without the owner role', () => {
    expect(canActOnStep(officer1, { unit: 'tu-phap-xa', role: 'leader' }, null)).toBe(false);
    expect(canActOnStep(leader, appraise, null)).toBe(false);
  });

  it('refuses the owner role in another unit', () => {
    expect(canActOnStep(leader, { unit: 'vpdkdd', role: 'leader' }, null)).toBe(false);
  });

  it('lets only the assignee act on an assigned step', () => {
    expect(canActOnStep(officer1, appraise, officer1.id)).toBe(true);
    expect(canActOnStep(officer2, appraise, officer1.id)).toBe(false);
  });

  it('lets a head of the owner unit act on an assigned step, and on an unassigned one', () => {
    expect(canActOnStep(head, appraise, officer1.id)).toBe(true);
    expect(canActOnStep(head, appraise, null)).toBe(true);
    expect(canActOnStep(head, { unit: 'tu-phap-xa', role: 'head' }, null)).toBe(true);
  });

  it('refuses a head of another unit', () => {
    expect(canActOnStep(otherHead, appraise, officer1.id)).toBe(false);
    expect(canActOnStep(otherHead, appraise, null)).toBe(false);
  });

  it('does not let supervisor or admin act on a step', () => {
    expect(canActOnStep(supervisor, appraise, null)).toBe(false);
    expect(canActOnStep(admin, sign, null)).toBe(false);
  });

  it('lets a leader sign', () => {
    expect(canActOnStep(leader, sign, null)).toBe(true);
  });
});

describe('canReadDossier', () => {
  const route = ['mot-cua-xa', 'tu-phap-xa', 'lanh-dao-xa'];

  it('lets supervisor and admin read every dossier of the center', () => {
    expect(canReadDossier(supervisor, route, 'mot-cua-xa')).toBe(true);
    expect(canReadDossier(admin, [], 'elsewhere')).toBe(true);
  });

  it('lets a unit on the route read', () => {
    expect(canReadDossier(officer1, route, 'mot-cua-xa')).toBe(true);
    expect(canReadDossier(leader, route, 'mot-cua-xa')).toBe(true);
  });

  it('lets the receiving unit read though it is not on the route', () => {
    expect(canReadDossier(reception, ['tu-phap-xa', 'lanh-dao-xa'], 'mot-cua-xa')).toBe(true);
  });

  it('refuses a unit neither receiving nor on the route, whatever its role', () => {
    expect(canReadDossier(otherOfficer, route, 'mot-cua-xa')).toBe(false);
    expect(canReadDossier(otherHead, route, 'mot-cua-xa')).toBe(false);
    expect(canReadDossier(portal, route, 'mot-cua-xa')).toBe(false);
  });
});

describe('canReassign', () => {
  it('lets a head of the owner unit reassign', () => {
    expect(canReassign(head, appraise)).toBe(true);
  });

  it('refuses officers, heads of other units, supervisors and admins', () => {
    expect(canReassign(officer1, appraise)).toBe(false);
    expect(canReassign(otherHead, appraise)).toBe(false);
    expect(canReassign(supervisor, appraise)).toBe(false);
    expect(canReassign(admin, appraise)).toBe(false);
  });
});

describe('isEligibleAssignee', () => {
  it('accepts an active user of the owner unit holding the owner role', () => {
    expect(isEligibleAssignee(officer2, appraise)).toBe(true);
    expect(isEligibleAssignee({ ...officer2, active: true }, appraise)).toBe(true);
  });

  it('refuses an inactive user', () => {
    expect(isEligibleAssignee({ ...officer2, active: false }, appraise)).toBe(false);
  });

  it('refuses another unit or another role', () => {
    expect(isEligibleAssignee(otherOfficer, appraise)).toBe(false);
    expect(isEligibleAssignee(head, appraise)).toBe(false);
  });
});

describe('isRole', () => {
  it('knows the seven roles and nothing else', () => {
    expect(['reception', 'officer', 'head', 'leader', 'supervisor', 'admin', 'portal'].every(isRole)).toBe(
      true,
    );
    expect(isRole('heads')).toBe(false);
  });
});
