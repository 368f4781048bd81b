import type { ControlSheetRow, DossierView, ProcedureStep, SessionUser } from './api/api.types';
import { resultFormFor, resultSteps } from './result.rules';

const step = (id: string, to: string[], result = false) =>
  ({ id, result, transitions: to.map((target) => ({ event: target, target })) }) as unknown as ProcedureStep;
const steps = [
  step('appraise', ['sign']),
  step('sign', ['release', 'appraise']),
  step('release', ['done'], true),
];
const leader = { unit: 'lanh-dao-xa', roles: ['leader'] } as unknown as SessionUser;
const officer = { unit: 'tu-phap-xa', roles: ['officer'] } as unknown as SessionUser;
const dossier = (o: Partial<DossierView>) =>
  ({
    status: 'in_progress',
    portalStatus: 4,
    step: { id: 'sign' },
    allowedActions: ['sign'],
    ...o,
  }) as DossierView;
const refused = [
  { action: 'refuse', actor: { unit: 'lanh-dao-xa', role: 'leader' } },
] as unknown as ControlSheetRow[];

describe('result rules of the console', () => {
  it('finds the signing and release steps', () => {
    expect(resultSteps(steps)).toEqual(['sign', 'release']);
  });

  it('offers the result form at a result step to one who may act on it', () => {
    expect(resultFormFor(dossier({}), steps, [], leader)).toBe('result');
    expect(resultFormFor(dossier({ allowedActions: [] }), steps, [], officer)).toBeNull();
    expect(
      resultFormFor(dossier({ step: { id: 'appraise' } as DossierView['step'] }), steps, [], leader),
    ).toBeNull();
    expect(
      resultFormFor(dossier({ status: 'done', portalStatus: 10, step: null }), steps, [], leader),
    ).toBeNull();
  });

  it('offers the written refusal to the unit and role that refused an accepted dossier', () => {
    const d = dossier({ status: 'refused', portalStatus: 10, step: null, allowedActions: [] });
    expect(resultFormFor(d, steps, refused, leader)).toBe('refusal');
    expect(resultFormFor(d, steps, refused, officer)).toBeNull();
    expect(resultFormFor({ ...d, portalStatus: 3 }, steps, refused, leader)).toBeNull();
  });
});
