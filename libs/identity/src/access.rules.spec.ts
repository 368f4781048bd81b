import type { Organization, OrgUnit } from '@motcua/engine';
import {
  applicantFor,
  type AuthUser,
  canActOnStep,
  canListUnitUsers,
  canReadDossier,
  canReadUnitBook,
  canReassign,
  type DossierReach,
  personalDataAccess,
  type ProcedureRoute,
  readScope,
  verifyingUnits,
  improvementScope,
  isEligibleAssignee,
  isRole,
  type Role,
  type StepOwner,
} from './access.rules';

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

const orgUnit = (id: string, parent?: string): OrgUnit => ({
  id,
  name: id,
  level: 'commune',
  ...(parent ? { parent } : {}),
  roles: [],
  line: 1,
});

const org: Organization = {
  file: 'org.yaml',
  center: { name: 'c', cutoff: '15:00' },
  roles: [],
  units: [
    orgUnit('ubnd-tinh'),
    orgUnit('pvhcc', 'ubnd-tinh'),
    orgUnit('vpdkdd', 'ubnd-tinh'),
    orgUnit('ubnd-xa'),
    orgUnit('mot-cua-xa', 'ubnd-xa'),
    orgUnit('tu-phap-xa', 'ubnd-xa'),
    orgUnit('kinh-te-xa', 'ubnd-xa'),
    orgUnit('lanh-dao-xa', 'ubnd-xa'),
    orgUnit('cong-an-xa'),
  ],
  users: [],
};

const communeSupervisor = user('giamdoc.ttxa', 'mot-cua-xa', 'supervisor');
const police = user('congan.xa1', 'cong-an-xa', 'officer');
const policeHead = user('truongca.xa', 'cong-an-xa', 'head');
const landOfficer = user('dangky.vpdk1', 'vpdkdd', 'officer');

// A commune marriage with a foreign element: the police verify for the commune office.
const marriage: ProcedureRoute = {
  agency: 'ubnd-xa',
  steps: [
    { owner: { unit: 'mot-cua-xa', role: 'reception' } },
    { owner: { unit: 'tu-phap-xa', role: 'officer' } },
    { owner: { unit: 'cong-an-xa', role: 'officer' } },
    { owner: { unit: 'tu-phap-xa', role: 'head' } },
    { owner: { unit: 'lanh-dao-xa', role: 'leader' } },
  ],
};
// A provincial land registration: received at the provincial center, decided by the land office.
const land: ProcedureRoute = {
  agency: 'vpdkdd',
  steps: [{ owner: { unit: 'pvhcc', role: 'reception' } }, { owner: { unit: 'vpdkdd', role: 'officer' } }],
};

const atAppraisal: DossierReach = { receivingUnit: 'mot-cua-xa', reachedUnits: ['mot-cua-xa', 'tu-phap-xa'] };
const atVerification: DossierReach = {
  receivingUnit: 'mot-cua-xa',
  reachedUnits: ['mot-cua-xa', 'tu-phap-xa', 'cong-an-xa'],
};
const provincial: DossierReach = { receivingUnit: 'pvhcc', reachedUnits: ['pvhcc', 'vpdkdd'] };

describe('readScope', () => {
  it('gives staff their own unit, a supervisor their center, an admin everything, the portal nothing', () => {
    expect(readScope(officer1, org)).toEqual(['tu-phap-xa']);
    expect(readScope(communeSupervisor, org)?.sort()).toEqual([
      'kinh-te-xa',
      'lanh-dao-xa',
      'mot-cua-xa',
      'tu-phap-xa',
      'ubnd-xa',
    ]);
    expect(readScope(admin, org)).toBeNull();
    expect(readScope(portal, org)).toEqual([]);
  });
});

describe('canReadDossier', () => {
  it('lets the receiving unit read from reception on', () => {
    const received: DossierReach = { receivingUnit: 'mot-cua-xa', reachedUnits: [] };
    expect(canReadDossier(reception, org, received)).toBe(true);
  });

  it('lets a unit on the route read once the dossier has reached it, not before', () => {
    expect(canReadDossier(officer1, org, atAppraisal)).toBe(true);
    expect(canReadDossier(leader, org, atAppraisal)).toBe(false);
    expect(canReadDossier(police, org, atAppraisal)).toBe(false);
    expect(canReadDossier(police, org, atVerification)).toBe(true);
  });

  it("lets the competent agency's leader read an accepted dossier before it reaches the leaders' unit", () => {
    const accepted = {
      ...atVerification,
      agencyUnits: ['ubnd-xa', 'tu-phap-xa', 'lanh-dao-xa', 'kinh-te-xa'],
    };
    expect(canReadDossier(leader, org, accepted)).toBe(true);
    expect(canReadDossier(leader, org, { ...accepted, agencyUnits: null })).toBe(false);
    expect(canReadDossier(leader, org, { ...accepted, agencyUnits: ['vpdkdd'] })).toBe(false);
    // Not a leader: the reach rule alone.
    expect(canReadDossier(otherHead, org, accepted)).toBe(false);
    expect(canReadDossier(otherOfficer, org, accepted)).toBe(false);
  });

  it('refuses a unit the dossier never reached, whatever its role', () => {
    expect(canReadDossier(otherOfficer, org, atVerification)).toBe(false);
    expect(canReadDossier(otherHead, org, atVerification)).toBe(false);
    expect(canReadDossier(landOfficer, org, atVerification)).toBe(false);
  });

  it("lets a supervisor read their own center's dossiers only", () => {
    expect(canReadDossier(communeSupervisor, org, atAppraisal)).toBe(true);
    expect(canReadDossier(communeSupervisor, org, provincial)).toBe(false);
    expect(canReadDossier(supervisor, org, provincial)).toBe(true);
    expect(canReadDossier(supervisor, org, atAppraisal)).toBe(false);
  });

  it('lets an admin read everything and the portal account nothing', () => {
    expect(canReadDossier(admin, org, atAppraisal)).toBe(true);
    expect(canReadDossier(admin, org, provincial)).toBe(true);
    expect(canReadDossier(portal, org, provincial)).toBe(false);
  });
});

describe('verifyingUnits', () => {
  it('finds the outside unit that only verifies, not the desk nor the agency', () => {
    expect(verifyingUnits(marriage, org)).toEqual(['cong-an-xa']);
  });

  it('does not take the one-stop desk outside the agency for a verifier', () => {
    expect(verifyingUnits(land, org)).toEqual([]);
  });

  it('finds none when the procedure names no agency', () => {
    expect(verifyingUnits({ steps: marriage.steps }, org)).toEqual([]);
  });
});

describe('personalDataAccess and applicantFor', () => {
  const applicant = { fullName: 'A', idNumber: '001', phone: '09', email: 'a@b.vn', address: 'X' };

  it('gives a verifying unit the fields it needs and nothing else', () => {
    expect(personalDataAccess(police, org, atVerification, marriage)).toBe('verification');
    expect(personalDataAccess(policeHead, org, atVerification, marriage)).toBe('verification');
    expect(applicantFor(applicant, 'verification')).toEqual({ fullName: 'A', idNumber: '001', address: 'X' });
  });

  it('gives the desk, the deciding units, their supervisor and an admin everything', () => {
    for (const u of [reception, officer1, head, communeSupervisor, admin])
      expect(personalDataAccess(u, org, atVerification, marriage)).toBe('full');
    expect(applicantFor(applicant, 'full')).toEqual(applicant);
  });

  it('shows a work queue the name only', () => {
    expect(applicantFor(applicant, 'name')).toEqual({ fullName: 'A' });
  });
});

describe('canListUnitUsers', () => {
  it('lets a head list their own unit, not another', () => {
    expect(canListUnitUsers(head, org, 'tu-phap-xa')).toBe(true);
    expect(canListUnitUsers(head, org, 'kinh-te-xa')).toBe(false);
  });

  it("lets a supervisor list their center's units only, and an admin any", () => {
    expect(canListUnitUsers(communeSupervisor, org, 'tu-phap-xa')).toBe(true);
    expect(canListUnitUsers(communeSupervisor, org, 'vpdkdd')).toBe(false);
    expect(canListUnitUsers(admin, org, 'cong-an-xa')).toBe(true);
  });

  it('refuses officers, reception, leaders and the portal, even for their own unit', () => {
    for (const u of [officer1, reception, leader, portal, police])
      expect(canListUnitUsers(u, org, u.unitId)).toBe(false);
  });
});

describe('canReadUnitBook', () => {
  it("lets a unit's staff, its center's supervisor and an admin read its tracking book", () => {
    expect(canReadUnitBook(police, org, 'cong-an-xa')).toBe(true);
    expect(canReadUnitBook(communeSupervisor, org, 'tu-phap-xa')).toBe(true);
    expect(canReadUnitBook(admin, org, 'vpdkdd')).toBe(true);
  });

  it('refuses another unit, a supervisor of another center and the portal', () => {
    expect(canReadUnitBook(officer1, org, 'kinh-te-xa')).toBe(false);
    expect(canReadUnitBook(communeSupervisor, org, 'vpdkdd')).toBe(false);
    expect(canReadUnitBook(communeSupervisor, org, 'cong-an-xa')).toBe(false);
    expect(canReadUnitBook(portal, org, 'pvhcc')).toBe(false);
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
  it('knows the eight roles and nothing else', () => {
    expect(
      ['reception', 'officer', 'head', 'leader', 'supervisor', 'iso', 'admin', 'portal'].every(isRole),
    ).toBe(true);
    expect(isRole('heads')).toBe(false);
  });
});

describe('improvementScope', () => {
  const iso = user('iso.ttxa', 'mot-cua-xa', 'iso');
  const sorted = (units: string[] | null | undefined) => (units ? [...units].sort() : units);

  it('gives an ISO officer and a supervisor their center, with no per-officer figures', () => {
    const commune = ['kinh-te-xa', 'lanh-dao-xa', 'mot-cua-xa', 'tu-phap-xa', 'ubnd-xa'];
    expect(sorted(improvementScope(iso, org)?.units)).toEqual(commune);
    expect(improvementScope(iso, org)?.perOfficer).toBe(false);
    expect(sorted(improvementScope(communeSupervisor, org)?.units)).toEqual(commune);
  });

  it('gives a head their own unit and, alone, the per-officer figures', () => {
    expect(improvementScope(head, org)).toEqual({ units: ['tu-phap-xa'], perOfficer: true });
    expect(improvementScope(leader, org)).toEqual({ units: ['lanh-dao-xa'], perOfficer: false });
  });

  it('gives an admin every unit and reception, officers and the portal nothing', () => {
    expect(improvementScope(admin, org)).toEqual({ units: null, perOfficer: false });
    for (const nobody of [reception, officer1, police, portal])
      expect(improvementScope(nobody, org)).toBeNull();
  });
});
