import { readFileSync } from 'node:fs';
import { parseOrg, type ProcedureDefinition } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from './dossier.entity';
import {
  authorityOf,
  dossierPortalStatus,
  heldByConsultation,
  isSendBack,
  mayAct,
  portalStatusOf,
  refusedAfterAcceptance,
  sendBackActions,
  stateActions,
} from './dossier.rules';

const dossier = (status: DossierEntity['status']): DossierEntity =>
  ({ status, receivingUnit: 'mot-cua-xa', machineState: null, stepOwnerUnit: null }) as DossierEntity;
// Before acceptance the competent agency plays no part: only the receiving desk acts.
const noAgency = { units: [], deciders: [] };
const user = (unitId: string, roles: AuthUser['roles']): AuthUser =>
  ({ id: 'u', username: 'u', fullName: 'U', title: 'T', unitId, roles }) as AuthUser;

describe('reception before acceptance', () => {
  it('may accept, ask for a supplement or refuse an online dossier', () => {
    expect(stateActions(dossier('submitted'), () => [])).toEqual(['accept', 'request_supplement', 'refuse']);
  });

  it('records the supplement, refuses or records a withdrawal while the citizen is asked for more', () => {
    expect(stateActions(dossier('awaiting_documents'), () => [])).toEqual([
      'supplement_received',
      'refuse',
      'withdraw',
    ]);
  });

  it('belongs to reception of the receiving unit only', () => {
    const online = dossier('submitted');
    expect(mayAct(user('mot-cua-xa', ['reception']), online, 'request_supplement', noAgency)).toBe(true);
    expect(mayAct(user('pvhcc', ['reception']), online, 'request_supplement', noAgency)).toBe(false);
    expect(mayAct(user('mot-cua-xa', ['officer']), online, 'request_supplement', noAgency)).toBe(false);
  });
});

const { org } = parseOrg(readFileSync('workflows/org.yaml', 'utf8'), 'workflows/org.yaml');
const context = (sendBacks: number) => ({
  supplementRequests: 0,
  extensions: 0,
  sendBacks,
  visited: [],
  feesPaid: false,
});

describe('the competent agency of a dossier', () => {
  it("is the procedure's agency with every unit under it, an outside verifier excluded", () => {
    const authority = authorityOf(org!, { agency: 'ubnd-xa' }, 'mot-cua-xa');
    expect(authority.units).toEqual(['ubnd-xa', 'mot-cua-xa', 'tu-phap-xa', 'kinh-te-xa', 'lanh-dao-xa']);
    expect(authority.units).not.toContain('cong-an-xa');
    expect(authority.deciders).toEqual(['head', 'leader']);
  });

  it('defaults to the body the receiving center belongs to, and takes the deciders the procedure names', () => {
    expect(authorityOf(org!, {}, 'pvhcc').units).toEqual(
      expect.arrayContaining(['ubnd-tinh', 'pvhcc', 'so-nnmt', 'vpdkdd']),
    );
    expect(authorityOf(org!, {}, 'pvhcc').units).not.toContain('tu-phap-xa');
    expect(authorityOf(org!, { agency: 'vpdkdd', deciders: ['leader'] }, 'pvhcc')).toEqual({
      units: ['vpdkdd'],
      deciders: ['leader'],
    });
  });
});

describe('a send-back', () => {
  const def = {
    steps: [
      { id: 'appraise', transitions: [{ event: 'submit', target: 'sign' }] },
      {
        id: 'sign',
        transitions: [
          { event: 'sign', target: 'done' },
          { event: 'send_back', target: 'appraise' },
          { event: 'redo', target: 'sign' },
        ],
      },
    ],
  } as unknown as ProcedureDefinition;

  it('is a step action that goes to a step no later in the file', () => {
    expect(sendBackActions(def, 'sign')).toEqual(['send_back', 'redo']);
    expect(sendBackActions(def, 'appraise')).toEqual([]);
    expect(sendBackActions(def, null)).toEqual([]);
  });

  it('is a transition after which the engine counts one more return', () => {
    expect(isSendBack(context(0), context(1))).toBe(true);
    expect(isSendBack(context(1), context(1))).toBe(false);
  });
});

describe('the portal status of a refusal', () => {
  it('is 3 at reception and the result returned (10) after acceptance', () => {
    expect(portalStatusOf('refused', null)).toBe(3);
    expect(portalStatusOf('refused', 'submitted')).toBe(3);
    expect(portalStatusOf('refused', 'awaiting_documents')).toBe(3);
    expect(portalStatusOf('refused', 'in_progress')).toBe(10);
    expect(portalStatusOf('refused', 'awaiting_supplement')).toBe(10);
    expect(portalStatusOf('stopped', 'in_progress')).toBe(8);
    expect(refusedAfterAcceptance('refused', 'result_ready')).toBe(true);
    expect(refusedAfterAcceptance('withdrawn', 'in_progress')).toBe(false);
  });

  it('reads the dossier: accepted or not', () => {
    expect(dossierPortalStatus({ status: 'refused', acceptedAt: null })).toBe(3);
    expect(dossierPortalStatus({ status: 'refused', acceptedAt: new Date() })).toBe(10);
    expect(dossierPortalStatus({ status: 'in_progress', acceptedAt: new Date() })).toBe(4);
  });
});

describe('a step that waits for its consultations', () => {
  const def = {
    steps: [{ id: 'appraise', consultation: 'wait' }, { id: 'sign' }],
  } as unknown as ProcedureDefinition;
  const at = (step: string, openConsultations: number) =>
    ({ step, openConsultations }) as unknown as DossierEntity;

  it('holds its own actions while one is open, never the built-in ones', () => {
    expect(heldByConsultation(def, at('appraise', 1), 'submit')).toBe(true);
    expect(heldByConsultation(def, at('appraise', 1), 'send_back')).toBe(true);
    expect(heldByConsultation(def, at('appraise', 1), 'request_supplement')).toBe(false);
    expect(heldByConsultation(def, at('appraise', 1), 'stop')).toBe(false);
  });

  it('holds nothing once answered, nor at a step that continues', () => {
    expect(heldByConsultation(def, at('appraise', 0), 'submit')).toBe(false);
    expect(heldByConsultation(def, at('sign', 2), 'sign')).toBe(false);
  });
});
