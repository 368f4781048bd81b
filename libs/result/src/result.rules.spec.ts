import { loadCatalog } from '@motcua/catalog';
import { DossierEntity } from '@motcua/dossier';
import type { AuthUser, Role } from '@motcua/identity';
import { ResultException } from './result.exception';
import {
  checkDocumentDate,
  checkMayRecord,
  decisionOf,
  isPdf,
  isReturned,
  type RecordRequest,
  resultStepsOf,
} from './result.rules';

const { catalog } = loadCatalog('workflows');
const definitionOf = (code: string) =>
  catalog!.procedures.find((p) => p.definition.code === code)!.definition;
const definition = definitionOf('2.000908');

const user = (username: string, unitId: string, role: Role): AuthUser => ({
  id: `00000000-0000-4000-8000-${username.padStart(12, '0').slice(-12)}`,
  username,
  fullName: username,
  title: role,
  unitId,
  roles: [role],
});
const leader = user('chutich', 'lanh-dao-xa', 'leader');
const officer = user('tuphap', 'tu-phap-xa', 'officer');
const reception = user('letan', 'mot-cua-xa', 'reception');

const dossier = (overrides: Partial<DossierEntity>): DossierEntity =>
  Object.assign(new DossierEntity(), {
    code: '000.00.00.H01-261123-0001',
    status: 'in_progress',
    step: 'sign',
    stepOwnerUnit: 'lanh-dao-xa',
    stepOwnerRole: 'leader',
    assigneeId: null,
    acceptedAt: new Date('2026-11-23T01:00:00Z'),
    ...overrides,
  });

const request = (overrides: Partial<RecordRequest>): RecordRequest => ({
  user: leader,
  dossier: dossier({}),
  definition,
  kind: 'result',
  existing: null,
  refusal: null,
  ...overrides,
});

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (error) {
    return (error as ResultException).code;
  }
};

describe('resultStepsOf', () => {
  it('names the result step and the steps whose action enters it', () => {
    expect(resultStepsOf(definition)).toEqual(['sign', 'release']);
  });

  it('finds them in every shipped procedure (after a fork, only the result step: a fork has no owner)', () => {
    for (const { definition: def } of catalog!.procedures) {
      const steps = resultStepsOf(def);
      expect(steps.length).toBeGreaterThanOrEqual(
        def.steps.some((s) => s.fork?.next && def.steps.find((r) => r.id === s.fork!.next)?.result) ? 1 : 2,
      );
      expect(steps).toEqual(expect.arrayContaining(def.steps.filter((s) => s.result).map((s) => s.id)));
    }
  });
});

describe('checkMayRecord', () => {
  it('lets the owner of a result step record a running dossier', () => {
    expect(codeOf(() => checkMayRecord(request({})))).toBeUndefined();
    const atRelease = dossier({
      status: 'result_ready',
      step: 'release',
      stepOwnerUnit: 'mot-cua-xa',
      stepOwnerRole: 'reception',
    });
    expect(codeOf(() => checkMayRecord(request({ user: reception, dossier: atRelease })))).toBeUndefined();
  });

  it('refuses another step, another person, an assigned step and a dossier handed over', () => {
    const appraisal = dossier({ step: 'appraise', stepOwnerUnit: 'tu-phap-xa', stepOwnerRole: 'officer' });
    expect(codeOf(() => checkMayRecord(request({ user: officer, dossier: appraisal })))).toBe(
      'RESULT_NOT_AT_RESULT_STEP',
    );
    expect(codeOf(() => checkMayRecord(request({ user: officer })))).toBe('RESULT_NOT_STEP_OWNER');
    const assigned = dossier({ assigneeId: '00000000-0000-4000-8000-000000000099' });
    expect(codeOf(() => checkMayRecord(request({ dossier: assigned })))).toBe('RESULT_NOT_STEP_OWNER');
    const done = dossier({ status: 'done', step: null });
    expect(codeOf(() => checkMayRecord(request({ dossier: done })))).toBe('RESULT_NOT_RECORDABLE');
  });

  it('issues a refusal once, after acceptance, by the unit and role that refused', () => {
    const refused = dossier({ status: 'refused', step: null, stepOwnerUnit: null, stepOwnerRole: null });
    const refusal = { unit: 'lanh-dao-xa', role: 'leader', reason: 'Không đủ điều kiện' };
    const ask = (o: Partial<RecordRequest>) =>
      codeOf(() => checkMayRecord(request({ kind: 'refusal', dossier: refused, refusal, ...o })));
    expect(ask({})).toBeUndefined();
    expect(ask({ user: officer })).toBe('RESULT_NOT_STEP_OWNER');
    expect(ask({ existing: { kind: 'refusal' } })).toBe('RESULT_ALREADY_ISSUED');
    expect(ask({ dossier: { ...refused, acceptedAt: null } as DossierEntity })).toBe('RESULT_NOT_RECORDABLE');
    expect(ask({ dossier: dossier({}) })).toBe('RESULT_NOT_RECORDABLE');
    // A result is not recorded on a refused dossier.
    expect(ask({ kind: 'result' })).toBe('RESULT_NOT_RECORDABLE');
  });
});

describe('decisionOf', () => {
  it("takes a refusal's reasons from the refuse action and requires a result's text", () => {
    const refusal = { unit: 'lanh-dao-xa', role: 'leader', reason: 'Sổ gốc không còn' };
    expect(decisionOf('refusal', 'ignored', refusal)).toBe('Sổ gốc không còn');
    expect(decisionOf('result', '  Cấp bản sao  ', null)).toBe('Cấp bản sao');
    expect(codeOf(() => decisionOf('result', '   ', null))).toBe('RESULT_DECISION_REQUIRED');
  });
});

describe('checkDocumentDate', () => {
  const now = new Date('2026-11-23T20:00:00Z'); // 24 Nov, 03:00 in Vietnam
  it('accepts a real day up to today in Vietnam', () => {
    expect(codeOf(() => checkDocumentDate('2026-11-24', now))).toBeUndefined();
    expect(codeOf(() => checkDocumentDate('2026-02-28', now))).toBeUndefined();
  });
  it('refuses a later day and one that does not exist', () => {
    expect(codeOf(() => checkDocumentDate('2026-11-25', now))).toBe('RESULT_INVALID_DATE');
    expect(codeOf(() => checkDocumentDate('2026-02-30', now))).toBe('RESULT_INVALID_DATE');
  });
});

describe('isReturned and isPdf', () => {
  it('opens the download at portal status 10: handed over, or refused after acceptance', () => {
    expect(isReturned({ status: 'done', acceptedAt: new Date() })).toBe(true);
    expect(isReturned({ status: 'refused', acceptedAt: new Date() })).toBe(true);
    expect(isReturned({ status: 'refused', acceptedAt: null })).toBe(false);
    expect(isReturned({ status: 'result_ready', acceptedAt: new Date() })).toBe(false);
  });
  it('knows a PDF by its content', () => {
    expect(isPdf(Buffer.from('%PDF-1.7\n...\n%%EOF\n'))).toBe(true);
    expect(isPdf(Buffer.from('GIF89a %PDF-'))).toBe(false);
    expect(isPdf(Buffer.from('%PDF-1.7 truncated'))).toBe(false);
  });
});
