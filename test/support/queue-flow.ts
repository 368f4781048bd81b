import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ManualClock } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import type { PortalSim } from '../../apps/portal-sim/src/portal-sim.service';
import { query } from './app';
import type { E2eWithWorker } from './boot-e2e';
import { waitFor } from './worker';

/** Monday 2 March 2026, 08:00 in Hà Nội: in the past, so that every timer is due on the real clock too. */
export const FLOW_START = new Date('2026-03-02T08:00:00+07:00');
const HOUR = 3_600_000;

/**
 * A dossier through every queue, as the suites on other Redis topologies need it: received at the desk, started by
 * the intake queue, moved by officers, flagged by a sweep weeks later (escalated through the notifications queue),
 * finished, and every status change delivered to the portal simulator in order (the portal-sync queue). Resolves
 * with the dossier's code once all of that is seen in PostgreSQL and at the simulator.
 */
export async function walkDossierThroughQueues(
  e2e: E2eWithWorker,
  clock: ManualClock,
  sim: PortalSim,
  start = FLOW_START,
): Promise<string> {
  const { client, worker } = e2e;
  clock.set(start);
  const receipt = await client.receive('letan.xa', '2.000908');
  expect(receipt.status).toBe(201);
  const code = receipt.body.code as string;
  await client.started('letan.xa', code);
  clock.advance(HOUR);
  expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
  clock.advance(5 * HOUR);
  expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);

  // Weeks later, still unsigned: the sweep raises its flags, and the escalation jobs notify the step's owner.
  clock.advance(14 * 24 * HOUR);
  expect((await worker.get(DeadlineSweepService).sweep()).errors).toBe(0);
  const [{ id }] = await query<{ id: string }>('SELECT id FROM dossier WHERE code = $1', [code]);
  const flags = await query<{ flag: string }>('SELECT flag FROM dossier_flag WHERE dossier_id = $1', [id]);
  expect(flags.map((f) => f.flag)).toContain('overdue');
  await waitFor(
    async () => {
      const [{ n }] = await query<{ n: string }>(
        'SELECT count(*) AS n FROM escalation WHERE dossier_id = $1 AND level = 1',
        [id],
      );
      return Number(n) === flags.length;
    },
    // Beyond the worker watchdog's default 30 s (WORKER_STALL_MS): after a failover a worker BullMQ left without
    // jobs is replaced by then, the recovery the product promises.
    { what: `the level-1 escalation of each flag of ${code}`, timeout: 45_000 },
  );
  const notified = await query('SELECT 1 FROM notification WHERE dossier_id = $1', [id]);
  expect(notified.length).toBeGreaterThan(0);

  clock.advance(HOUR);
  expect((await client.act('chutich.xa', code, 'sign')).status).toBe(200);
  clock.advance(HOUR);
  expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');

  await waitFor(
    async () => {
      const rows = await query<{ seq: number; status: string }>(
        'SELECT seq, status FROM portal_sync_message WHERE dossier_id = $1 ORDER BY seq',
        [id],
      );
      const received = sim.received.filter((m) => m.body.MaHoSo === code && !m.duplicate).map((m) => m.seq);
      return (
        rows.length >= 6 &&
        rows.every((r) => r.status === 'delivered') &&
        received.join() === rows.map((r) => r.seq).join()
      );
    },
    { what: `every portal message of ${code}, delivered in order`, timeout: 30_000 },
  );
  return code;
}

/** The citizen's lookup with the receipt's key: the rate limiter's counters live in Redis. */
export async function publicLookup(api: INestApplication, code: string): Promise<request.Response> {
  const [{ lookup_key }] = await query<{ lookup_key: string }>(
    'SELECT lookup_key FROM dossier WHERE code = $1',
    [code],
  );
  return request(api.getHttpServer())
    .get(`/api/v1/public/dossiers/${encodeURIComponent(code)}`)
    .query({ key: lookup_key });
}
