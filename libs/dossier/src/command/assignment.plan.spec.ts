import type { AuthUser } from '@motcua/identity';
import { DossierErrorCode } from '../dossier.exception';
import { type Assignee, planAssignment } from './assignment.plan';
import { checkOnRoute, planComment } from './comment.plan';
import { at, calendar, errorOf, movedBy, reception, revision, running } from './__fixtures__/plans';

const head: AuthUser = {
  ...reception,
  id: 'head-1',
  username: 'truongtp',
  unitId: 'tu-phap-xa',
  roles: ['head'],
};
const officer = (active: boolean, unitId = 'tu-phap-xa'): Assignee => ({
  ...reception,
  id: 'officer-2',
  username: 'canbo2',
  fullName: 'Trần Thị Bình',
  unitId,
  roles: ['officer'],
  active,
});
const now = at('2026-03-09T10:00:00');

describe('planAssignment', () => {
  const appraising = movedBy(['forward']);
  const assign = (dossier = appraising, user = head, target = officer(true), expectedVersion = 2) =>
    planAssignment(
      { dossier, revision, calendar, now },
      user,
      { username: 'canbo2', expectedVersion },
      target,
    );

  it('hands the step to an active officer of the owner unit, named in the event; activity, no portal message', () => {
    const plan = assign();
    // The first assignment of the step is its pick-up.
    expect(plan.patch).toEqual({ assigneeId: 'officer-2', lastActivityAt: now, stepPickedUpAt: now });
    expect(plan.event).toMatchObject({
      action: 'assign',
      actorRole: 'head',
      fromStep: 'appraise',
      toStep: 'appraise',
      toStatus: 'in_progress',
      payload: { assignee: 'canbo2', assigneeName: 'Trần Thị Bình', previousAssigneeId: null },
    });
    expect(plan).toMatchObject({ portalSync: false, jobs: [] });
  });

  it('keeps the pick-up of a step assigned again', () => {
    const picked = at('2026-03-09T09:00:00');
    const plan = assign({ ...appraising, stepPickedUpAt: picked });
    expect(plan.patch).toEqual({ assigneeId: 'officer-2', lastActivityAt: now });
  });

  it('only a head of the owner unit, only an eligible officer, only at the expected version', () => {
    expect(errorOf(() => assign(appraising, reception))).toBe(DossierErrorCode.NotStepOwner);
    expect(errorOf(() => assign(running({ stepOwnerUnit: null, stepOwnerRole: null })))).toBe(
      DossierErrorCode.NotStepOwner,
    );
    expect(errorOf(() => assign(appraising, head, officer(false)))).toBe(DossierErrorCode.InvalidAssignee);
    expect(errorOf(() => assign(appraising, head, officer(true, 'kinh-te-xa')))).toBe(
      DossierErrorCode.InvalidAssignee,
    );
    expect(errorOf(() => assign(appraising, head, null))).toBe(DossierErrorCode.InvalidAssignee);
    expect(errorOf(() => assign(appraising, head, officer(true), 1))).toBe(DossierErrorCode.VersionConflict);
  });
});

describe('planComment', () => {
  it('is activity at whatever version the row is at, on the control sheet', () => {
    const plan = planComment(
      { dossier: running({ version: 7 }), revision, calendar, now },
      reception,
      'đã gọi',
    );
    expect(plan.dossier.version).toBe(7);
    expect(plan.patch).toEqual({ lastActivityAt: now });
    expect(plan.event).toMatchObject({ action: 'comment', comment: 'đã gọi', actorRole: 'reception' });
    expect(plan.deadlines?.columns).not.toBeNull();
  });

  it('only the receiving unit and the units reached comment', () => {
    expect(() => checkOnRoute(reception, running())).not.toThrow();
    expect(errorOf(() => checkOnRoute({ ...head, unitId: 'kinh-te-xa' }, running()))).toBe(
      DossierErrorCode.NotOnRoute,
    );
  });
});
