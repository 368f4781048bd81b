import type { SupplementWaitPolicy } from '@motcua/engine';
import { applyEventOrThrow, at, calendar, revision, running } from '../command/__fixtures__/plans';
import { planSupplementExpiry } from './supplement-expiry.plan';
import type { WaitRow } from './supplement-wait.repository';

const wait: WaitRow = {
  id: '41',
  startedAt: at('2026-03-09T09:00:00'),
  missingItems: ['Tờ khai'],
  expiredAt: null,
  endedAt: null,
};
const endsAt = at('2026-04-08T17:00:00');
const now = at('2026-04-09T08:00:00');
const policy = (onExpiry: SupplementWaitPolicy['onExpiry']): SupplementWaitPolicy => ({
  limit: { amount: 30, unit: 'day' },
  onExpiry,
});
const waiting = running({
  status: 'awaiting_supplement',
  pausedAt: wait.startedAt,
  machineState: applyEventOrThrow('request_supplement'),
});
const expire = (onExpiry: SupplementWaitPolicy['onExpiry'], dossier = waiting, row = wait) =>
  planSupplementExpiry({ dossier, revision, calendar, wait: row, policy: policy(onExpiry), endsAt, now });

describe('planSupplementExpiry', () => {
  it('flags the dossier for reception and marks the wait expired; the portal hears nothing', () => {
    const { plan, outcome } = expire('flag')!;
    expect(outcome).toEqual({ kind: 'flag' });
    expect(plan.patch).toEqual({ flagSupplementOverdueAt: now, lastActivityAt: now });
    expect(plan).toMatchObject({ expirePause: '41', portalSync: false, deadlines: null });
    expect(plan.closePause).toBeUndefined();
    expect(plan.event).toMatchObject({
      action: 'supplement_wait_expired',
      toStatus: 'awaiting_supplement',
      actorUsername: 'system',
      payload: { cause: 'supplement_wait_expired', waitEndsAt: '2026-04-08T17:00:00+07:00' },
    });
  });

  it('stops an accepted dossier through the engine, closes its wait and tells the portal', () => {
    const { plan, outcome } = expire('stop')!;
    expect(outcome).toMatchObject({ kind: 'end', action: 'stop' });
    expect(plan.patch).toMatchObject({
      status: 'stopped',
      finishedAt: now,
      pausedAt: null,
      stepOwnerUnit: null,
    });
    expect(plan).toMatchObject({ closePause: { dueAfter: null }, portalSync: true, expirePause: '41' });
    expect(plan.deadlines).not.toBeNull();
  });

  it('refuses a dossier never accepted instead of stopping it', () => {
    const desk = running({ status: 'awaiting_documents', machineState: null, step: null });
    const { plan } = expire('stop', desk)!;
    expect(plan.patch).toMatchObject({ status: 'refused' });
    expect(plan.event).toMatchObject({ action: 'refuse', toStatus: 'refused', toStep: null });
  });

  it('does nothing once the wait ended or expired, or the dossier no longer waits', () => {
    expect(expire('flag', waiting, { ...wait, endedAt: now })).toBeNull();
    expect(expire('flag', waiting, { ...wait, expiredAt: now })).toBeNull();
    expect(expire('flag', running())).toBeNull();
  });
});
