import type { ProcedureRevision } from '@motcua/catalog';
import { applyEvent, type PersistedState, startDossier } from '@motcua/engine';
import { DossierErrorCode } from '../dossier.exception';
import type { DossierEntity } from '../dossier.entity';
import { planTransfer } from './transfer.plan';
import type { TransferDto } from './transfer.dto';
import * as fx from './__fixtures__/plans';

const { appraiser, at, calendar, catalog, errorOf, leader, local, movedBy, org, reception, running } = fx;

const revisionOf = (code: string): Pick<ProcedureRevision, 'id' | 'code' | 'definition' | 'compiled'> => {
  const { definition, compiled } = catalog.procedures.find((p) => p.definition.code === code)!;
  return { id: `rev-${code}`, code, definition, compiled };
};
const current = { ...fx.revision, id: '22222222-2222-4222-8222-222222222222', code: '2.000908' };
const land = revisionOf('1.115668');
const marriage = revisionOf('1.000894');
const now = at('2026-03-09T09:00:00');

const transfer = (
  dossier: DossierEntity,
  user = reception,
  target: typeof land | null = land,
  dto: Partial<TransferDto> = {},
) =>
  planTransfer({ dossier, revision: current, org, calendar, now }, target, user, {
    procedureCode: target?.code ?? '9.999999',
    reason: 'Thuộc thẩm quyền Văn phòng Đăng ký đất đai tỉnh',
    expectedVersion: dossier.version,
    ...dto,
  });

const applyOrThrow = (rev: typeof land, state: PersistedState, type: string): PersistedState => {
  const result = applyEvent(rev.compiled, state, { type });
  if ('rejected' in result) throw new Error(`${type} rejected`);
  return result.state;
};

describe('planTransfer', () => {
  it("restarts at the target's first step with its owners, code and clock start kept, appointment re-counted", () => {
    const plan = transfer(running());
    expect(plan.patch).toMatchObject({
      procedureCode: '1.115668',
      procedureVersionId: 'rev-1.115668',
      status: 'in_progress',
      step: 'receive',
      stepOwnerUnit: 'pvhcc',
      stepOwnerRole: 'reception',
      assigneeId: null,
      stepConsumed: {},
      routeUnits: ['pvhcc', 'vpdkdd'],
    });
    expect(plan.patch.clockStartedAt).toBeUndefined();
    expect(plan.patch.receivingUnit).toBeUndefined();
    // 8 working days from the original clock start (Mon 9 March 08:00), not from the transfer.
    expect(local(plan.patch.dueAt)).toBe('2026-03-19T08:00:00+07:00');
    expect(local(plan.patch.receiptDueAt)).toBe('2026-03-19T08:00:00+07:00');
    expect(local(plan.patch.stepDueAt)).toBe('2026-03-09T14:30:00+07:00');
    expect(plan.portalSync).toBe(true);
    expect(plan.event).toMatchObject({
      action: 'transfer',
      fromStep: 'receive',
      toStep: 'receive',
      actorUnit: 'mot-cua-xa',
      comment: 'Thuộc thẩm quyền Văn phòng Đăng ký đất đai tỉnh',
      timeliness: 'on_time',
      payload: {
        from: { procedureCode: '2.000908', agency: 'ubnd-xa' },
        to: { procedureCode: '1.115668', agency: 'vpdkdd' },
      },
    });
  });

  it('keeps an appointment moved by an extension when the target would bring it forward', () => {
    const extended = running({ extendedAt: at('2026-03-09T08:30:00'), dueAt: at('2026-03-27T17:00:00') });
    expect(local(transfer(extended).patch.dueAt)).toBe('2026-03-27T17:00:00+07:00');
  });

  it('restarts the clock at the transfer when the center says so (org.yaml transferClock: restart)', () => {
    const restarting = { ...org, center: { ...org.center, transferClock: 'restart' as const } };
    const plan = planTransfer(
      { dossier: running(), revision: current, org: restarting, calendar, now: at('2026-03-09T15:30:00') },
      land,
      reception,
      { procedureCode: '1.115668', reason: 'Thuộc thẩm quyền cấp tỉnh', expectedVersion: 2 },
    );
    // Received after the 15:00 cut-off: the clock starts the next working day, 8 working days from then.
    expect(local(plan.patch.clockStartedAt)).toBe('2026-03-10T07:30:00+07:00');
    expect(local(plan.patch.dueAt)).toBe('2026-03-19T17:00:00+07:00');
    expect(local(plan.patch.receiptDueAt)).toBe('2026-03-19T17:00:00+07:00');
  });

  it('is taken by the receiving desk or the holder of the appraisal step, not by a leader', () => {
    const atAppraisal = movedBy(['forward']);
    expect(transfer(atAppraisal, appraiser).patch.step).toBe('receive');
    expect(errorOf(() => transfer(atAppraisal, leader))).toBe(DossierErrorCode.NotStepOwner);
  });

  it('refuses an unknown target, the same agency, a finished dossier and a stale version', () => {
    expect(errorOf(() => transfer(running(), reception, null))).toBe(DossierErrorCode.UnknownProcedure);
    expect(errorOf(() => transfer(running(), reception, marriage))).toBe(DossierErrorCode.TransferSameAgency);
    expect(errorOf(() => transfer(running(), reception, current))).toBe(DossierErrorCode.TransferSameAgency);
    expect(errorOf(() => transfer(running({ status: 'done' })))).toBe(DossierErrorCode.TransferNotAllowed);
    expect(errorOf(() => transfer(running({ status: 'awaiting_supplement' })))).toBe(
      DossierErrorCode.TransferNotAllowed,
    );
    expect(errorOf(() => transfer(running(), reception, land, { expectedVersion: 1 }))).toBe(
      DossierErrorCode.VersionConflict,
    );
  });

  it('routes a dossier to a target with parallel branches through the units of its steps and branches', () => {
    const permit = revisionOf('1.009972');
    const units = transfer(running(), reception, permit).patch.routeUnits!;
    expect(units).not.toContain('');
    expect(units).toEqual(expect.arrayContaining(['so-xay-dung', 'pccc-tinh', 'phong-moi-truong']));
  });

  it('refuses a dossier inside parallel branches: the agencies holding them are working on it', () => {
    const joint = revisionOf('1.013001');
    const forked = running({
      procedureCode: '1.013001',
      step: 'process',
      machineState: applyOrThrow(joint, startDossier(joint.compiled).state, 'forward'),
    });
    expect(errorOf(() => transfer(forked))).toBe(DossierErrorCode.TransferNotAllowed);
  });
});
