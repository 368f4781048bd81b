import { applyEvent, startDossier } from '@motcua/engine';
import { planAction } from '../command/action.plan';
import type { DossierActionDto } from '../command/dossier-action.dto';
import * as fx from '../command/__fixtures__/plans';
import type { DossierEntity } from '../dossier.entity';
import { planReprojection } from './reprojection.plan';

const { at, calendar, catalog, local, org, user } = fx;
const judicial = catalog.procedures.find((p) => p.definition.code === '2.000488')!;
const revision = { definition: judicial.definition, compiled: judicial.compiled };
const officer = user('lylich', 'so-tu-phap', 'officer');
const police = user('hoso', 'cong-an-tinh', 'officer');

// Clock started Monday 9 March 2026 07:30: 10 working days end Friday 20 March 17:00.
const clock = at('2026-03-09T07:30:00');
function atAppraisal(overrides: Partial<DossierEntity> = {}): DossierEntity {
  const moved = applyEvent(judicial.compiled, startDossier(judicial.compiled).state, { type: 'forward' });
  if ('rejected' in moved) throw new Error('forward rejected');
  return fx.running({
    procedureCode: '2.000488',
    receivingUnit: 'pvhcc',
    machineState: moved.state,
    step: 'appraise',
    stepOwnerUnit: 'so-tu-phap',
    stepOwnerRole: 'officer',
    clockStartedAt: clock,
    dueAt: at('2026-03-20T17:00:00'),
    receiptDueAt: at('2026-03-20T17:00:00'),
    stepStartedAt: at('2026-03-09T12:00:00'),
    stepDueAt: at('2026-03-17T12:00:00'),
    ...overrides,
  });
}

const act = (
  dossier: DossierEntity,
  actor = officer,
  action = 'request_verification',
  now = at('2026-03-11T09:00:00'),
) =>
  planAction({ dossier, revision, org, calendar, now }, actor, {
    expectedVersion: dossier.version,
    action,
  } as DossierActionDto);

describe('a conditional limit (extendsLimit)', () => {
  it('moves the statutory due instant and the appointment by 5 working days when the verification step is entered', () => {
    const plan = act(atAppraisal());
    // 15 working days from the clock's start: Friday 27 March 17:00.
    expect(local(plan.patch.dueAt)).toBe('2026-03-27T17:00:00+07:00');
    expect(local(plan.patch.receiptDueAt)).toBe('2026-03-27T17:00:00+07:00');
    expect(plan.patch.limitExtensions).toEqual([
      expect.objectContaining({
        step: 'verify',
        amount: 5,
        unit: 'working_day',
        at: '2026-03-11T09:00:00+07:00',
      }),
    ]);
    expect(plan.event.payload?.limitExtension).toMatchObject({
      rule: expect.stringContaining('xóa án tích'),
      previousDueAt: at('2026-03-20T17:00:00'),
      newDueAt: at('2026-03-27T17:00:00'),
    });
    expect(plan.portalSync).toBe(true);
    expect(plan.deadlines?.columns).not.toBeNull();
  });

  it('leaves the limit alone on the way that does not verify', () => {
    const plan = act(atAppraisal(), officer, 'submit');
    expect(plan.patch.dueAt).toBeUndefined();
    expect(plan.patch.limitExtensions).toBeUndefined();
    expect(plan.event.payload?.limitExtension).toBeUndefined();
  });

  it('takes a conditional limit once per dossier, even when the step is entered again', () => {
    const taken = [
      { step: 'verify', amount: 5, unit: 'working_day' as const, rule: 'x', at: '2026-03-11T09:00:00+07:00' },
    ];
    const plan = act(atAppraisal({ dueAt: at('2026-03-27T17:00:00'), limitExtensions: taken }));
    expect(plan.patch.dueAt).toBeUndefined();
    expect(plan.event.payload?.limitExtension).toBeUndefined();
  });

  it('restarts the clock after a supplement with the conditional limits already taken', () => {
    let state = startDossier(judicial.compiled).state;
    for (const type of ['forward', 'request_verification', 'request_supplement']) {
      const next = applyEvent(judicial.compiled, state, { type });
      if ('rejected' in next) throw new Error(`${type} rejected`);
      state = next.state;
    }
    const taken = [
      { step: 'verify', amount: 5, unit: 'working_day' as const, rule: 'x', at: '2026-03-11T09:00:00+07:00' },
    ];
    const paused = atAppraisal({
      machineState: state,
      step: 'verify',
      stepOwnerUnit: 'cong-an-tinh',
      status: 'awaiting_supplement',
      pausedAt: at('2026-03-12T09:00:00'),
      limitExtensions: taken,
    });
    const reception = user('letan', 'pvhcc', 'reception');
    // Back on Monday 16 March 07:30: 15 working days end Friday 3 April 17:00.
    const plan = act(paused, reception, 'supplement_received', at('2026-03-16T07:30:00'));
    expect(local(plan.patch.clockStartedAt)).toBe('2026-03-16T07:30:00+07:00');
    expect(local(plan.patch.dueAt)).toBe('2026-04-03T17:00:00+07:00');
    expect(local(plan.patch.receiptDueAt)).toBe('2026-04-03T17:00:00+07:00');
  });

  it('keeps a taken conditional limit when the calendar is re-projected', () => {
    const taken = [
      { step: 'verify', amount: 5, unit: 'working_day' as const, rule: 'x', at: '2026-03-11T09:00:00+07:00' },
    ];
    const dossier = atAppraisal({ dueAt: at('2026-03-27T17:00:00'), limitExtensions: taken });
    expect(planReprojection(calendar, judicial.definition, dossier)?.dueAt ?? null).toBeNull();
    const forgotten = atAppraisal({ dueAt: at('2026-03-27T17:00:00') });
    expect(local(planReprojection(calendar, judicial.definition, forgotten)?.dueAt?.to)).toBe(
      '2026-03-20T17:00:00+07:00',
    );
  });

  it('lets the police answer the verification and no more (a unit that only verifies)', () => {
    const verifying = act(atAppraisal());
    const dossier = atAppraisal({ ...verifying.patch, version: 3 } as Partial<DossierEntity>);
    const reply = act(dossier, police, 'reply', at('2026-03-16T09:00:00'));
    expect(reply.patch).toMatchObject({ step: 'review', stepOwnerUnit: 'so-tu-phap', stepOwnerRole: 'head' });
    expect(reply.patch.dueAt).toBeUndefined();
  });
});
