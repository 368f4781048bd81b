import { at, calendar, revision, running } from '../command/plans.fixture';
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
