import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from './dossier.entity';
import { mayAct, stateActions } from './dossier.rules';

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
