import { at, calendar, catalog, local, revision, running } from '../command/__fixtures__/plans';
import { DossierBranchEntity } from '../dossier-branch.entity';
import { CALENDAR_CHANGE_ACTION, planCalendarMove } from './calendar-move.plan';

describe('planCalendarMove', () => {
  const now = at('2026-03-09T09:00:00');

  it('leaves a dossier already on the calendar alone', () => {
    const onCalendar = running();
    const dueAt = calendar.addWorkingMinutes(onCalendar.clockStartedAt!, 8 * 60);
    const stepDueAt = calendar.addWorkingMinutes(onCalendar.stepStartedAt!, 2 * 60);
    expect(planCalendarMove(calendar, revision.definition, running({ dueAt, stepDueAt }), now)).toBeNull();
  });

  it('moves the due instants by no one, not as activity, and tells the portal', () => {
    const off = running({ dueAt: at('2026-03-09T16:00:00'), stepDueAt: at('2026-03-09T09:30:00') });
    const { plan, reprojection } = planCalendarMove(calendar, revision.definition, off, now)!;
    expect(reprojection.dueAt?.from).toEqual(at('2026-03-09T16:00:00'));
    expect(plan.patch).toEqual({ dueAt: reprojection.dueAt!.to, stepDueAt: reprojection.stepDueAt!.to });
    expect(plan.event).toMatchObject({
      action: CALENDAR_CHANGE_ACTION,
      actorId: null,
      toStatus: 'in_progress',
      stepDueAt: reprojection.stepDueAt!.to,
    });
    expect(plan).toMatchObject({ portalSync: true, jobs: [] });
  });
});

describe('planCalendarMove of a dossier in a fork', () => {
  const joint = catalog.procedures.find((p) => p.definition.code === '1.013001')!.definition;
  const now = at('2026-03-09T09:00:00');
  const inFork = running({
    procedureCode: '1.013001',
    step: 'process',
    stepOwnerUnit: null,
    stepOwnerRole: null,
    stepStartedAt: null,
    stepDueAt: null,
    dueAt: calendar.dueAt(at('2026-03-09T08:00:00'), joint.deadline),
  });
  const row = (branch: string, step: string, startedAt: Date, off: Partial<DossierBranchEntity>) =>
    Object.assign(new DossierBranchEntity(), {
      dossierId: inFork.id,
      branch,
      forkStep: 'process',
      step,
      ownerUnit: 'tu-phap-xa',
      ownerRole: 'officer',
      assigneeId: null,
      stepStartedAt: startedAt,
      lastActivityAt: startedAt,
      stallAt: null,
      pausedAt: null,
      joinedAt: null,
      closedAt: null,
      flagStalledAt: null,
      ...off,
    });
  const raised = at('2026-03-09T08:30:00');

  it('moves the open branches in the same change: flags on instants now ahead go down, passed ones stay', () => {
    // Each row planned on a calendar that put its instants a day early.
    const insurance = row('insurance', 'issue_card', at('2026-03-09T08:00:00'), {
      stepDueAt: at('2026-03-10T08:00:00'),
      dueSoonFrom: at('2026-03-09T08:00:00'),
      flagDueSoonAt: raised,
      flagStepOverdueAt: null,
    });
    const birth = row('birth', 'register_birth', at('2026-03-05T08:00:00'), {
      stepDueAt: at('2026-03-04T12:00:00'),
      dueSoonFrom: at('2026-03-04T08:00:00'),
      flagDueSoonAt: raised,
      flagStepOverdueAt: raised,
    });
    const unchanged = row('residence', 'register_residence', at('2026-03-09T08:00:00'), {
      stepDueAt: calendar.addWorkingMinutes(at('2026-03-09T08:00:00'), 5 * 480),
      dueSoonFrom: calendar.addWorkingMinutes(at('2026-03-09T08:00:00'), 5 * 480 - 240),
      flagDueSoonAt: null,
      flagStepOverdueAt: null,
    });
    const { plan, reprojection } = planCalendarMove(calendar, joint, inFork, now, [
      birth,
      insurance,
      unchanged,
    ])!;
    expect(plan.patch).toEqual({});
    expect(reprojection.branches.map((b) => b.branch)).toEqual(['birth', 'insurance']);
    const [birthRow, insuranceRow] = plan.branches!;
    expect(insuranceRow).toMatchObject({
      branch: 'insurance',
      step: 'issue_card',
      stepDueAt: calendar.addWorkingMinutes(at('2026-03-09T08:00:00'), 960),
      dueSoonFrom: calendar.addWorkingMinutes(at('2026-03-09T08:00:00'), 720),
      flagDueSoonAt: null,
      flagStepOverdueAt: null,
      lastActivityAt: insurance.lastActivityAt,
    });
    expect(local(birthRow.stepDueAt)).toBe('2026-03-05T13:30:00+07:00');
    expect(birthRow).toMatchObject({ flagDueSoonAt: raised, flagStepOverdueAt: raised });
    expect(plan.event).toMatchObject({
      action: CALENDAR_CHANGE_ACTION,
      actorId: null,
      comment: expect.stringContaining('hạn bước của nhánh insurance'),
      payload: {
        branches: [
          expect.objectContaining({ branch: 'birth' }),
          expect.objectContaining({ branch: 'insurance' }),
        ],
      },
    });
    expect(planCalendarMove(calendar, joint, inFork, now, [unchanged])).toBeNull();
  });
});
