import type { AuthUser } from '@motcua/identity';
import { JobName } from '@motcua/queue';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode } from '../dossier.exception';
import type { UpdatePlan } from '../ledger/dossier.plan';
import { planAction } from './action.plan';
import type { DossierActionDto } from './dossier-action.dto';
import * as fx from './__fixtures__/plans';

const { appraiser, applyEventOrThrow, at, calendar, errorOf, leader, local, movedBy, org, reception } = fx;
const { revision, running, started } = fx;

const act = (
  dossier: DossierEntity,
  actor: AuthUser,
  dto: Partial<DossierActionDto>,
  now: Date,
): UpdatePlan =>
  planAction({ dossier, revision, org, calendar, now }, actor, {
    expectedVersion: dossier.version,
    ...dto,
  } as DossierActionDto);

const handOver = {
  action: 'hand_over',
  collector: { kind: 'applicant' as const, idNumber: '001099000001' },
};

describe('planAction', () => {
  it('hands a step over: graded, its minutes consumed, the next owner and step due instant set', () => {
    const plan = act(running(), reception, { action: 'forward' }, at('2026-03-09T09:00:00'));
    expect(plan.patch).toMatchObject({
      step: 'appraise',
      stepOwnerUnit: 'tu-phap-xa',
      stepOwnerRole: 'officer',
      assigneeId: null,
      stepConsumed: { receive: 60 },
      lastActivityAt: at('2026-03-09T09:00:00'),
    });
    expect(local(plan.patch.stepStartedAt)).toBe('2026-03-09T09:00:00+07:00');
    // Three working hours from 09:00, across the 11:30–13:00 break.
    expect(local(plan.patch.stepDueAt)).toBe('2026-03-09T13:30:00+07:00');
    expect(plan.event).toMatchObject({
      action: 'forward',
      fromStep: 'receive',
      toStep: 'appraise',
      fromStatus: 'in_progress',
      toStatus: 'in_progress',
      actorUsername: 'letan',
      actorRole: 'reception',
      workingMinutes: '60.00',
      timeliness: 'on_time',
    });
    expect(plan).toMatchObject({ kind: 'update', portalSync: true, jobs: [] });
    expect(plan.deadlines?.columns).not.toBeNull();
    expect(plan.openPause).toBeUndefined();
    expect(plan.closePause).toBeUndefined();
  });

  it('records the working minutes a step waited before its pick-up, and forgets the pick-up for the next step', () => {
    const appraising = movedBy(['forward'], { stepStartedAt: at('2026-03-09T09:00:00') });
    // Entered at 09:00, first assigned at 10:30, submitted at 14:00 across the midday break.
    const picked = { ...appraising, stepPickedUpAt: at('2026-03-09T10:30:00') };
    const plan = act(
      picked,
      appraiser,
      { action: 'submit', comment: 'Đủ điều kiện' },
      at('2026-03-09T14:00:00'),
    );
    expect(plan.event).toMatchObject({ workingMinutes: '210.00', waitMinutes: '90.00' });
    expect(plan.patch.stepPickedUpAt).toBeNull();
    const unassigned = act(
      appraising,
      appraiser,
      { action: 'submit', comment: 'Đủ' },
      at('2026-03-09T14:00:00'),
    );
    expect(unassigned.event.waitMinutes).toBeUndefined();
  });

  it('refuses a stale version, another owner, and a send-back without a reason', () => {
    const dossier = running();
    expect(errorOf(() => act(dossier, reception, { action: 'forward', expectedVersion: 1 }, started))).toBe(
      DossierErrorCode.VersionConflict,
    );
    expect(errorOf(() => act(dossier, appraiser, { action: 'forward' }, started))).toBe(
      DossierErrorCode.NotStepOwner,
    );
    expect(errorOf(() => act(dossier, reception, { action: 'sign' }, started))).toBe(
      DossierErrorCode.ActionNotAllowed,
    );
    const atSign = movedBy(['forward', 'submit']);
    expect(errorOf(() => act(atSign, leader, { action: 'send_back' }, started))).toBe(
      DossierErrorCode.ReasonRequired,
    );
  });

  it('a send-back carries its reason; the step visited again resumes from its consumed minutes', () => {
    const atSign = movedBy(['forward', 'submit'], { stepConsumed: { receive: 30, appraise: 100 } });
    const plan = act(
      atSign,
      leader,
      { action: 'send_back', comment: 'thiếu chữ ký' },
      at('2026-03-09T13:30:00'),
    );
    expect(plan.event.payload).toMatchObject({ sendBack: true, reason: 'thiếu chữ ký' });
    expect(plan.patch.stepConsumed).toEqual({ receive: 30, appraise: 100, sign: 240 });
    // Three working hours for appraise, 100 minutes of them already used: 80 minutes from 13:30.
    expect(local(plan.patch.stepDueAt)).toBe('2026-03-09T14:50:00+07:00');
  });

  it('the last step ends the route and grades the dossier', () => {
    const atRelease = movedBy(['forward', 'submit', 'sign']);
    const plan = act(atRelease, reception, handOver, at('2026-03-09T18:00:00'));
    expect(plan.patch).toMatchObject({ stepOwnerUnit: null, stepOwnerRole: null, stepDueAt: null });
    expect(plan.patch.finishedAt).toEqual(at('2026-03-09T18:00:00'));
    expect(plan.event.payload).toMatchObject({ dossierTimeliness: 'late' });
    // The working time from the clock's start (08:00) to the finish, written for the indicators: 08:00–11:30 and
    // 13:00–17:00 of a working Monday, the evening not counted.
    expect(plan.patch.workingMs).toBe(String(7.5 * 3_600_000));
    expect(Number(plan.patch.workingMs)).toBe(
      calendar.workingMinutesBetween(atRelease.clockStartedAt!, at('2026-03-09T18:00:00')) * 60_000,
    );
  });

  it('no working time is written for a route that ends before the clock started', () => {
    const atRelease = movedBy(['forward', 'submit', 'sign'], { clockStartedAt: null });
    const plan = act(atRelease, reception, handOver, at('2026-03-09T18:00:00'));
    expect(plan.patch.finishedAt).toEqual(at('2026-03-09T18:00:00'));
    expect(plan.patch.workingMs).toBeNull();
  });

  it('a supplement request pauses the clock and opens a wait at the appointment', () => {
    const now = at('2026-03-09T09:00:00');
    const plan = act(
      running(),
      reception,
      { action: 'request_supplement', reason: 'thiếu', missingItems: ['Tờ khai'] },
      now,
    );
    expect(plan.patch.pausedAt).toEqual(now);
    expect(plan.openPause).toEqual({
      step: 'receive',
      reason: 'thiếu',
      missingItems: ['Tờ khai'],
      dueBefore: at('2026-03-09T17:00:00'),
    });
    expect(errorOf(() => act(running(), reception, { action: 'request_supplement', reason: 'x' }, now))).toBe(
      DossierErrorCode.ReasonRequired,
    );
  });

  it('a supplement received restarts the statutory clock and the step clock from zero', () => {
    const now = at('2026-03-10T14:00:00');
    const paused = running({ status: 'awaiting_supplement', pausedAt: at('2026-03-09T09:00:00') });
    const dossier = movedBy(['request_supplement'], {
      ...paused,
      machineState: applyEventOrThrow('request_supplement'),
      step: 'receive',
      stepConsumed: { receive: 60 },
    });
    const plan = act(dossier, reception, { action: 'supplement_received' }, now);
    expect(local(plan.patch.clockStartedAt)).toBe('2026-03-10T14:00:00+07:00');
    expect(local(plan.patch.dueAt)).toBe('2026-03-11T14:00:00+07:00');
    expect(plan.patch).toMatchObject({ pausedAt: null, stepConsumed: {} });
    expect(plan.closePause).toEqual({ dueAfter: plan.patch.dueAt });
  });

  it('withdraws once, extends once', () => {
    const now = at('2026-03-09T09:00:00');
    const plan = act(running(), reception, { action: 'withdraw', reason: 'công dân rút' }, now);
    expect(plan.patch).toMatchObject({ finishedAt: now, stepOwnerUnit: null, pausedAt: null });
    expect(plan.closePause).toEqual({ dueAfter: null });
    const extended = running({ extendedAt: at('2026-03-09T08:30:00') });
    expect(errorOf(() => act(extended, leader, { action: 'extend', reason: 'x' }, now))).toBe(
      DossierErrorCode.AlreadyExtended,
    );
  });

  it('before intake: accepting starts the clock and queues the intake, if the documents are complete', () => {
    const now = at('2026-03-09T09:00:00');
    const online = running({
      status: 'submitted',
      machineState: null,
      step: null,
      stepOwnerUnit: null,
      stepOwnerRole: null,
      acceptedAt: null,
      clockStartedAt: null,
      dueAt: null,
      documents: [],
    });
    expect(errorOf(() => act(online, reception, { action: 'accept' }, now))).toBe(
      DossierErrorCode.MissingDocuments,
    );
    const complete = { ...online, documents: running().documents } as DossierEntity;
    const plan = act(complete, reception, { action: 'accept' }, now);
    expect(plan.patch).toMatchObject({ status: 'accepted', acceptedAt: now });
    // One working day (eight working hours) from 09:00.
    expect(local(plan.patch.dueAt)).toBe('2026-03-10T09:00:00+07:00');
    expect(plan.jobs.map((j) => j.job.name)).toEqual([JobName.StartDossier]);
    expect(plan.closePause).toEqual({ dueAfter: plan.patch.dueAt });
    expect(errorOf(() => act(complete, appraiser, { action: 'accept' }, now))).toBe(
      DossierErrorCode.NotStepOwner,
    );
  });

  describe('the hand-over of the result', () => {
    const charged = {
      ...revision,
      definition: { ...revision.definition, fees: [{ name: 'Lệ phí', amount: 8000 }] },
    };
    const release = (dossier: DossierEntity, rev = charged, dto: Partial<DossierActionDto> = handOver) =>
      planAction({ dossier, revision: rev, org, calendar, now: at('2026-03-09T16:00:00') }, reception, {
        expectedVersion: dossier.version,
        ...dto,
      } as DossierActionDto);

    it("is refused while the fees recorded on the dossier fall short of the procedure's", () => {
      const unpaid = movedBy(['forward', 'submit', 'sign'], { paidAmount: 5000 });
      expect(errorOf(() => release(unpaid))).toBe(DossierErrorCode.FeesUnpaid);
      const paid = movedBy(['forward', 'submit', 'sign'], { paidAmount: 8000 });
      expect(release(paid).patch.status).toBe('done');
    });

    it('goes ahead unpaid when the file says the fee comes after the result', () => {
      const later = { ...charged, definition: { ...charged.definition, payment: 'after_result' as const } };
      expect(release(movedBy(['forward', 'submit', 'sign']), later).patch.status).toBe('done');
    });

    it('records who collected the result, on the row and with the event', () => {
      const plan = release(movedBy(['forward', 'submit', 'sign'], { paidAmount: 8000 }), charged, {
        action: 'hand_over',
        collector: {
          kind: 'authorized',
          fullName: 'Trần B',
          idNumber: '001099000002',
          authorization: 'GUQ 7',
        },
      });
      const collector = {
        kind: 'authorized',
        fullName: 'Trần B',
        idNumber: '001099000002',
        authorization: 'GUQ 7',
      };
      expect(plan.patch.resultCollector).toMatchObject(collector);
      expect(plan.event.payload).toMatchObject({ collector });
    });

    it('asks who collects it', () => {
      const atRelease = movedBy(['forward', 'submit', 'sign']);
      expect(errorOf(() => release(atRelease, revision, { action: 'hand_over' }))).toBe(
        DossierErrorCode.CollectorRequired,
      );
    });
  });
});
