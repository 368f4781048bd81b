import { toVietnamIso } from '@motcua/calendar';
import { loadCatalog } from '@motcua/catalog';
import { applyEvent, startDossier } from '@motcua/engine';
import type { AuthUser, Role } from '@motcua/identity';
import { DossierEntity } from '../../dossier.entity';

/* What the planners' specs plan from: the catalog of workflows/, procedure 2.000908, its officers, a dossier. */

export const catalog = loadCatalog('workflows').catalog!;
export const { org, calendar } = catalog;
export const { definition, compiled } = catalog.procedures.find((p) => p.definition.code === '2.000908')!;
export const revision = { definition, compiled };
export const at = (local: string): Date => new Date(`${local}+07:00`);
export const local = (d: Date | null | undefined): string | null => (d ? toVietnamIso(d) : null);

export const user = (username: string, unitId: string, role: Role): AuthUser => ({
  id: `00000000-0000-4000-8000-${username.padStart(12, '0').slice(-12)}`,
  username,
  fullName: username,
  title: role,
  unitId,
  roles: [role],
});
export const reception = user('letan', 'mot-cua-xa', 'reception');
export const appraiser = user('tuphap', 'tu-phap-xa', 'officer');
export const leader = user('lanhdao', 'lanh-dao-xa', 'leader');

// 2.000908 started Monday 9 March 2026 at 08:00: one working day, the first step two working hours.
export const started = at('2026-03-09T08:00:00');
export function running(overrides: Partial<DossierEntity> = {}): DossierEntity {
  return Object.assign(new DossierEntity(), {
    id: '11111111-1111-4111-8111-111111111111',
    code: '000.00.00.H01-260309-0001',
    procedureCode: '2.000908',
    procedureVersionId: '22222222-2222-4222-8222-222222222222',
    receivingUnit: 'mot-cua-xa',
    routeUnits: ['mot-cua-xa', 'tu-phap-xa', 'lanh-dao-xa'],
    reachedUnits: ['mot-cua-xa'],
    channel: 'desk',
    status: 'in_progress',
    applicant: { fullName: 'Nguyễn Văn A', idNumber: '001099000001', phone: '0912345678', address: 'Hà Nội' },
    applicantName: 'Nguyễn Văn A',
    applicantIdNumber: '001099000001',
    documents: [{ name: definition.documents[0].name, originals: 1, copies: 0 }],
    lookupKey: 'ABCD2345',
    summary: null,
    machineState: startDossier(compiled).state,
    step: 'receive',
    stepOwnerUnit: 'mot-cua-xa',
    stepOwnerRole: 'reception',
    assigneeId: null,
    receivedAt: started,
    acceptedAt: started,
    clockStartedAt: started,
    dueAt: at('2026-03-09T17:00:00'),
    receiptDueAt: at('2026-03-09T17:00:00'),
    stepStartedAt: started,
    stepDueAt: at('2026-03-09T10:00:00'),
    pausedAt: null,
    extendedAt: null,
    paidAmount: 0,
    resultCollector: null,
    resultReadyAt: null,
    finishedAt: null,
    lastActivityAt: started,
    stepConsumed: {},
    limitExtensions: [],
    dueSoonFrom: null,
    stallAt: null,
    apologyReminderAt: null,
    apologyRemindedAt: null,
    flagDueSoonAt: null,
    flagOverdueAt: null,
    flagStepOverdueAt: null,
    flagStalledAt: null,
    flagSupplementOverdueAt: null,
    openConsultations: 0,
    version: 2,
    ...overrides,
  });
}

/** The dossier after `events` from the start, each taken at its step's owner. */
export function movedBy(events: string[], overrides: Partial<DossierEntity> = {}): DossierEntity {
  let state = startDossier(compiled).state;
  let step = 'receive';
  for (const type of events) {
    const result = applyEvent(compiled, state, { type, comment: 'lý do' });
    if ('rejected' in result) throw new Error(`${type} rejected`);
    state = result.state;
    step = result.step!;
  }
  const owner = definition.steps.find((s) => s.id === step)!.owner;
  return running({
    machineState: state,
    step,
    stepOwnerUnit: owner.unit,
    stepOwnerRole: owner.role,
    ...overrides,
  });
}

export const errorOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

export function applyEventOrThrow(type: string) {
  const result = applyEvent(compiled, startDossier(compiled).state, { type });
  if ('rejected' in result) throw new Error(`${type} rejected`);
  return result.state;
}
