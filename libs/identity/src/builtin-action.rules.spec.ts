import type { AuthUser, Role, StepOwner } from './access.rules';
import {
  BUILTIN_ACTIONS,
  type BuiltinAction,
  type BuiltinActionContext,
  DEFAULT_DECIDERS,
  mayAnswerConsultation,
  mayTakeBuiltin,
  mayTransfer,
} from './builtin-action.rules';

const user = (username: string, unitId: string, ...roles: Role[]): AuthUser => ({
  id: username,
  username,
  fullName: username,
  title: '',
  unitId,
  roles,
});

// The commune: the People's Committee (ubnd-xa) is the competent agency; the police (cong-an-xa) only verify.
const authority = {
  units: ['ubnd-xa', 'mot-cua-xa', 'tu-phap-xa', 'kinh-te-xa', 'lanh-dao-xa'],
  deciders: DEFAULT_DECIDERS,
};
const appraise: StepOwner = { unit: 'tu-phap-xa', role: 'officer' };
const verify: StepOwner = { unit: 'cong-an-xa', role: 'officer' };
const at = (step: StepOwner | null, assigneeId: string | null = null): BuiltinActionContext => ({
  receivingUnit: 'mot-cua-xa',
  step,
  assigneeId,
  authority,
});

const USERS = {
  reception: user('letan.xa', 'mot-cua-xa', 'reception'),
  otherDesk: user('letan.tinh1', 'pvhcc', 'reception'),
  officer: user('tuphap.xa1', 'tu-phap-xa', 'officer'),
  otherOfficer: user('kinhte.xa1', 'kinh-te-xa', 'officer'),
  head: user('chanhvp.xa', 'tu-phap-xa', 'head'),
  otherHead: user('truongphong.kt', 'kinh-te-xa', 'head'),
  leader: user('chutich.xa', 'lanh-dao-xa', 'leader'),
  police: user('congan.xa1', 'cong-an-xa', 'officer'),
  policeHead: user('truongcongan.xa', 'cong-an-xa', 'head'),
  supervisor: user('giamdoc.ttxa', 'mot-cua-xa', 'supervisor'),
};
type Who = keyof typeof USERS;

// Every cell of the table in docs/access.md, at the appraisal step (held by the commune's civil-status officer).
const AT_APPRAISAL: Record<BuiltinAction, Who[]> = {
  withdraw: ['reception'],
  supplement_received: ['reception', 'officer', 'head'],
  request_supplement: ['reception', 'officer', 'head'],
  refuse: ['head', 'otherHead', 'leader'],
  stop: ['head', 'otherHead', 'leader'],
  extend: ['head', 'leader'],
};

// At the police's verification step: the police do their step and nothing else.
const AT_VERIFICATION: Record<BuiltinAction, Who[]> = {
  withdraw: ['reception'],
  supplement_received: ['reception'],
  request_supplement: ['reception'],
  refuse: ['head', 'otherHead', 'leader'],
  stop: ['head', 'otherHead', 'leader'],
  extend: ['leader'],
};

const allowed = (action: BuiltinAction, context: BuiltinActionContext): Who[] =>
  (Object.keys(USERS) as Who[]).filter((who) => mayTakeBuiltin(USERS[who], action, context));

describe('who may take each built-in action', () => {
  it.each(BUILTIN_ACTIONS)('%s at the appraisal step of the competent agency', (action) => {
    expect(allowed(action, at(appraise))).toEqual(AT_APPRAISAL[action]);
  });

  it.each(BUILTIN_ACTIONS)('%s at an outside unit’s verification step', (action) => {
    expect(allowed(action, at(verify))).toEqual(AT_VERIFICATION[action]);
  });

  it('lets only the assigned officer (or the head) ask for a supplement on an assigned step', () => {
    expect(mayTakeBuiltin(USERS.officer, 'request_supplement', at(appraise, 'tuphap.xa2'))).toBe(false);
    expect(mayTakeBuiltin(USERS.officer, 'request_supplement', at(appraise, 'tuphap.xa1'))).toBe(true);
    expect(mayTakeBuiltin(USERS.head, 'request_supplement', at(appraise, 'tuphap.xa2'))).toBe(true);
  });

  it('gives refusal and stopping to the roles the procedure names as deciders', () => {
    const leadersOnly = { ...at(appraise), authority: { ...authority, deciders: ['leader'] } };
    expect(allowed('refuse', leadersOnly)).toEqual(['leader']);
    expect(allowed('stop', leadersOnly)).toEqual(['leader']);
  });
});

describe('who may transfer a dossier to the competent agency', () => {
  const transferring = (context: BuiltinActionContext): Who[] =>
    (Object.keys(USERS) as Who[]).filter((who) => mayTransfer(USERS[who], context));
  const receive: StepOwner = { unit: 'mot-cua-xa', role: 'reception' };

  it('at reception: the receiving desk only', () => {
    expect(transferring(at(receive))).toEqual(['reception']);
  });

  it('at the appraisal step: the receiving desk, the appraising officer and the head holding the step', () => {
    expect(transferring(at(appraise))).toEqual(['reception', 'officer', 'head']);
    expect(transferring(at(appraise, 'tuphap.xa2'))).toEqual(['reception', 'head']);
  });

  it('never a unit that only verifies, a leader, or a supervisor', () => {
    expect(transferring(at(verify))).toEqual(['reception']);
    expect(transferring(at({ unit: 'lanh-dao-xa', role: 'leader' }))).toEqual(['reception']);
  });
});

describe('who may answer a consultation', () => {
  const answering = (unit: string, role: string | null): Who[] =>
    (Object.keys(USERS) as Who[]).filter((who) => mayAnswerConsultation(USERS[who], { unit, role }));

  it("the consulted unit's officers and its head, no one else", () => {
    expect(answering('cong-an-xa', null)).toEqual(['police', 'policeHead']);
    expect(answering('tu-phap-xa', null)).toEqual(['officer', 'head']);
  });

  it('the role asked, or the head', () => {
    expect(answering('cong-an-xa', 'head')).toEqual(['policeHead']);
    expect(answering('lanh-dao-xa', 'leader')).toEqual(['leader']);
  });
});
