import { at, calendar, definition, revision, running } from '../command/__fixtures__/plans';
import { planIntake } from './intake.plan';

const accepted = () =>
  running({
    status: 'accepted',
    machineState: null,
    step: null,
    stepOwnerUnit: null,
    stepOwnerRole: null,
    clockStartedAt: null,
    dueAt: null,
    stepStartedAt: null,
    stepDueAt: null,
    version: 1,
  });

describe('planIntake', () => {
  it('starts an accepted dossier at its first step, its clock from the acceptance, at its version', () => {
    const now = at('2026-03-09T08:00:05');
    const plan = planIntake(accepted(), revision, calendar, null, now)!;
    expect(plan.kind).toBe('update');
    expect(plan.dossier.version).toBe(1);
    expect(plan.step).toBe(definition.steps[0].id);
    expect(plan.patch).toMatchObject({
      status: 'in_progress',
      step: definition.steps[0].id,
      stepOwnerUnit: definition.steps[0].owner.unit,
      clockStartedAt: at('2026-03-09T08:00:00'),
      stepStartedAt: at('2026-03-09T08:00:00'),
      lastActivityAt: now,
    });
    expect(plan.event).toMatchObject({ action: 'intake', fromStatus: 'accepted', toStatus: 'in_progress' });
    expect(plan.portalSync).toBe(true);
    expect(plan.deadlines?.columns).not.toBeNull();
  });

  it('keeps the appointment printed on the receipt', () => {
    const printed = at('2026-03-10T17:00:00');
    const plan = planIntake({ ...accepted(), receiptDueAt: printed }, revision, calendar, null, new Date())!;
    expect(plan.patch.receiptDueAt).toEqual(printed);
  });

  it('leaves anything but an accepted dossier as it is', () => {
    expect(planIntake(running(), revision, calendar, null, new Date())).toBeNull();
    expect(planIntake({ ...accepted(), status: 'refused' }, revision, calendar, null, new Date())).toBeNull();
  });
});
