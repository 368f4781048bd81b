import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { databaseOptions, loadEnvironment, ManualClock } from '@motcua/common';
import { EscalationService, NotificationSweepService, verifySignature } from '@motcua/notification';
import { jobId, JobName, OutboxEntity, OutboxRepository, QueueName } from '@motcua/queue';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { flushTestQueues, testQueue, waitFor } from './support/worker';

const HOUR = 3_600_000;
const at = (local: string): Date => new Date(`${local}+07:00`);
// Monday 23 November 2026; Tuesday 24 November is Vietnamese Culture Day, a holiday.
const MONDAY_8AM = at('2026-11-23T08:00:00');
const SECRET = 'a webhook secret for the tests';
// 1.009994, the construction permit: nine working days of appraisal by the commune's economic division, so that no
// flag of the deadline engine's own comes up while the tests move the clock by a day or two.
const PROCEDURE = '1.009994';
const APPRAISE = 'Thẩm định hồ sơ, kiểm tra thực địa, dự thảo giấy phép xây dựng';

interface Hook {
  delivery: string;
  status: number;
  body: string;
  signed: boolean;
}

/** The receiving end of the webhook, on loopback: it answers the very first request 500, every other one 200. */
function webhookReceiver(): Promise<{ server: Server; url: string; hooks: Hook[] }> {
  const hooks: Hook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const status = hooks.length === 0 ? 500 : 200;
      hooks.push({
        delivery: String(req.headers['x-motcua-delivery']),
        status,
        body,
        signed: verifySignature(SECRET, body, req.headers['x-motcua-signature'] as string | undefined),
      });
      res.writeHead(status).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/motcua`, hooks }),
    ),
  );
}

describe('escalation and notifications on real PostgreSQL and Redis', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let worker: INestApplication;
  let client: DossierClient;
  let queue: Queue;
  let db: DataSource;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

  beforeAll(async () => {
    receiver = await webhookReceiver();
    process.env.NOTIFY_WEBHOOK_URL = receiver.url;
    process.env.NOTIFY_WEBHOOK_SECRET = SECRET;
    // Flag ids start again at 1 in emptied tables: ids of an earlier run's jobs must not be held in Redis, which
    // the start empties too.
    e2e = await bootE2e({ clock, worker: true });
    ({ worker, client } = e2e);
    queue = testQueue(QueueName.Notifications);
    db = await new DataSource({
      ...databaseOptions(loadEnvironment().DATABASE_URL),
      entities: [OutboxEntity],
    }).initialize();
  });

  afterAll(async () => {
    await e2e?.close();
    await queue?.close();
    await db?.destroy();
    await new Promise((resolve) => receiver?.server.close(resolve));
    delete process.env.NOTIFY_WEBHOOK_URL;
    delete process.env.NOTIFY_WEBHOOK_SECRET;
  });

  /** A construction permit received at the commune desk and forwarded to appraisal (kinh-te-xa, officer). */
  async function atAppraisal(): Promise<{ id: string; code: string }> {
    clock.set(MONDAY_8AM);
    const { body } = await client.receive('letan.xa', PROCEDURE);
    await client.started('letan.xa', body.code);
    clock.set(at('2026-11-23T09:00:00'));
    const forwarded = await client.act('letan.xa', body.code, 'forward');
    expect(forwarded.body.step).toMatchObject({
      id: 'appraise',
      owner: { unit: 'kinh-te-xa', role: 'officer' },
    });
    const [{ id }] = await query<{ id: string }>('SELECT id FROM dossier WHERE code = $1', [body.code]);
    return { id, code: body.code as string };
  }

  /**
   * What the deadline engine commits when it raises a flag: the `dossier_flag` row and, in the same transaction,
   * the outbox row of its level-1 escalation.
   */
  function raiseFlag(dossierId: string, { outbox = true, subject = 'appraise-1' } = {}): Promise<string> {
    return db.transaction(async (manager) => {
      const [{ id }] = (await manager.query(
        `INSERT INTO dossier_flag (dossier_id, flag, subject, step, owner_unit, owner_role, raised_at)
         VALUES ($1, 'step_overdue', $2, 'appraise', 'kinh-te-xa', 'officer', $3) RETURNING id::text`,
        [dossierId, subject, clock.now()],
      )) as Array<{ id: string }>;
      if (outbox) {
        await new OutboxRepository().append(manager, [
          {
            job: { name: JobName.Escalate, data: { flagId: id, level: 1 } },
            jobId: jobId('escalate', id, 1),
          },
        ]);
      }
      return id;
    });
  }

  const levels = (flagId: string) =>
    query<{ level: number; recipients: number; next_level_at: Date | null }>(
      'SELECT level, recipients, next_level_at FROM escalation WHERE flag_id = $1 ORDER BY level',
      [flagId],
    );

  /** Who got what about the dossier: `level username` per notification. */
  const sent = async (dossierId: string, kind = 'flag'): Promise<string[]> =>
    (
      await query<{ level: number | null; username: string }>(
        `SELECT n.level, u.username FROM notification n JOIN app_user u ON u.id = n.user_id
          WHERE n.dossier_id = $1 AND n.kind = $2 ORDER BY n.level, u.username`,
        [dossierId, kind],
      )
    ).map((r) => (r.level ? `${r.level} ${r.username}` : r.username));

  const escalatedTo = (flagId: string, level: number) =>
    waitFor(async () => (await levels(flagId)).some((l) => l.level === level), {
      what: `flag ${flagId} to reach level ${level}`,
    });

  /**
   * The escalation timer, run now: the relay gave its job the delay left on the test clock, hours of real time.
   * (Relayed after the clock moved past its instant, it runs at once.)
   */
  async function fireTimer(id: string): Promise<Job> {
    const job = await waitFor(() => queue.getJob(id), { what: `job ${id} to be in Redis` });
    if ((await job.getState()) === 'delayed') await job.promote();
    return finished(id);
  }

  const finished = (id: string): Promise<Job> =>
    waitFor(
      async () => {
        const job = await queue.getJob(id);
        // Read again once finished: a job read while it ran carries no return value.
        return job && ['completed', 'failed'].includes(await job.getState()) ? queue.getJob(id) : undefined;
      },
      { what: `job ${id} to finish` },
    );

  const outboxJobs = async (prefix: string) =>
    (
      await query<{ job_id: string; delay_until: Date | null }>(
        `SELECT job_id, delay_until FROM outbox WHERE job_id LIKE $1 ORDER BY id`,
        [`${prefix}%`],
      )
    ).map((r) => [r.job_id, r.delay_until?.toISOString() ?? null]);

  let flagA: string;
  let dossierA: { id: string; code: string };

  it('tells the step’s officers, then their head, then the center’s director, each in working time', async () => {
    dossierA = await atAppraisal();
    clock.set(at('2026-11-23T10:00:00'));
    flagA = await raiseFlag(dossierA.id);

    await escalatedTo(flagA, 1);
    expect(await sent(dossierA.id)).toEqual(['1 kinhte.xa1', '1 kinhte.xa2']);
    const mine = await client.get('kinhte.xa1', '/notifications?unread=true');
    expect(mine.status).toBe(200);
    expect(mine.body.items[0]).toMatchObject({
      kind: 'flag',
      flag: 'step_overdue',
      level: 1,
      dossierCode: dossierA.code,
      title: `Hồ sơ ${dossierA.code} quá hạn bước ${APPRAISE}`,
      createdAt: '2026-11-23T10:00:00+07:00',
      readAt: null,
    });
    expect(mine.body.items[0].body).toContain('Chủ hồ sơ: Nguyễn Thị Hồng Nhung 1.');
    // The head four working hours after the raise: 10:00–11:30 and 13:00–15:30.
    expect(await outboxJobs(`escalate-${flagA}-2`)).toEqual([
      [`escalate-${flagA}-2`, at('2026-11-23T15:30:00').toISOString()],
    ]);

    clock.set(at('2026-11-23T15:30:00'));
    expect((await fireTimer(jobId('escalate', flagA, 2))).returnvalue).toMatchObject({
      escalated: true,
      level: 2,
    });
    expect(await sent(dossierA.id)).toEqual(['1 kinhte.xa1', '1 kinhte.xa2', '2 truongphong.kt']);
    // The director one working day after the raise: past the Tuesday holiday, Wednesday 10:00.
    expect(await outboxJobs(`escalate-${flagA}-3`)).toEqual([
      [`escalate-${flagA}-3`, at('2026-11-25T10:00:00').toISOString()],
    ]);

    clock.set(at('2026-11-25T10:00:00'));
    expect((await fireTimer(jobId('escalate', flagA, 3))).returnvalue).toMatchObject({
      escalated: true,
      level: 3,
      recipients: ['giamdoc.ttxa'],
    });
    expect(await sent(dossierA.id)).toEqual([
      '1 kinhte.xa1',
      '1 kinhte.xa2',
      '2 truongphong.kt',
      '3 giamdoc.ttxa',
    ]);
    expect((await levels(flagA)).map((l) => [l.level, l.recipients, l.next_level_at !== null])).toEqual([
      [1, 2, true],
      [2, 1, true],
      [3, 1, false],
    ]);
    expect(await outboxJobs(`escalate-${flagA}-4`)).toEqual([]);
  });

  it('sends each level once when its job is delivered again, or by hand', async () => {
    await queue.add(JobName.Escalate, { flagId: flagA, level: 2 }, { jobId: `again-${flagA}-2` });
    expect((await finished(`again-${flagA}-2`)).returnvalue).toEqual({ escalated: false, reason: 'already' });
    const escalations = worker.get(EscalationService);
    await expect(escalations.escalate(flagA, 1)).resolves.toEqual({ escalated: false, reason: 'already' });
    await expect(escalations.escalate(flagA, 3)).resolves.toEqual({ escalated: false, reason: 'already' });
    expect(await sent(dossierA.id)).toHaveLength(4);
  });

  it('records a level once when several deliveries race for it', async () => {
    const b = await atAppraisal();
    const flag = await raiseFlag(b.id, { outbox: false });
    const escalations = worker.get(EscalationService);
    const results = await Promise.all([1, 2, 3].map(() => escalations.escalate(flag, 1)));
    expect(results.filter((r) => r.escalated)).toHaveLength(1);
    expect(results.filter((r) => !r.escalated)).toEqual([
      { escalated: false, reason: 'already' },
      { escalated: false, reason: 'already' },
    ]);
    expect(await sent(b.id)).toEqual(['1 kinhte.xa1', '1 kinhte.xa2']);
  });

  it('escalates a cleared flag no further', async () => {
    const c = await atAppraisal();
    clock.set(at('2026-11-23T10:00:00'));
    const flag = await raiseFlag(c.id);
    await escalatedTo(flag, 1);
    await query('UPDATE dossier_flag SET cleared_at = $2 WHERE id = $1', [flag, at('2026-11-23T11:00:00')]);

    clock.set(at('2026-11-23T15:30:00'));
    expect((await fireTimer(jobId('escalate', flag, 2))).returnvalue).toEqual({
      escalated: false,
      reason: 'cleared',
    });
    expect((await levels(flag)).map((l) => l.level)).toEqual([1]);
    expect(await sent(c.id)).toEqual(['1 kinhte.xa1', '1 kinhte.xa2']);
    expect(await outboxJobs(`escalate-${flag}-3`)).toEqual([]);
  });

  it('reminds the unit’s head and the signing leaders of form 04 once per appointment', async () => {
    clock.set(at('2026-11-25T10:00:00'));
    await queue.add(
      JobName.RemindApology,
      { dossierId: dossierA.id },
      { jobId: `apology-${dossierA.id}-test` },
    );
    expect((await finished(`apology-${dossierA.id}-test`)).returnvalue).toEqual({
      reminded: true,
      late: false,
      recipients: ['truongphong.kt', 'chutich.xa', 'phochutich.xa'],
    });
    await queue.add(
      JobName.RemindApology,
      { dossierId: dossierA.id },
      { jobId: `apology-${dossierA.id}-again` },
    );
    expect((await finished(`apology-${dossierA.id}-again`)).returnvalue).toEqual({
      reminded: false,
      reason: 'already',
    });
    expect(await sent(dossierA.id, 'apology')).toEqual(['chutich.xa', 'phochutich.xa', 'truongphong.kt']);
    const [letter] = (await client.get('chutich.xa', '/notifications')).body.items;
    expect(letter).toMatchObject({
      kind: 'apology',
      flag: null,
      level: null,
      title: `Hồ sơ ${dossierA.code}: cần ban hành văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)`,
    });
    expect(letter.body).toContain('tức một ngày làm việc trước ngày hẹn trả');
  });

  it('posts every notification to the webhook once, signed, retrying after a 500', async () => {
    const notifications = await query<{ id: string }>('SELECT id FROM notification');
    await waitFor(
      async () =>
        (await query('SELECT 1 FROM notification_delivery WHERE delivered_at IS NULL')).length === 0 &&
        receiver.hooks.filter((h) => h.status === 200).length === notifications.length,
      { what: 'every webhook delivery' },
    );
    const delivered = receiver.hooks.filter((h) => h.status === 200).map((h) => h.delivery);
    expect(delivered.sort()).toEqual(notifications.map((n) => n.id).sort());
    expect(receiver.hooks.every((h) => h.signed)).toBe(true);
    const [first] = receiver.hooks;
    expect(first.status).toBe(500);
    expect(receiver.hooks.filter((h) => h.delivery === first.delivery).map((h) => h.status)).toEqual([
      500, 200,
    ]);
    expect(JSON.parse(first.body)).toEqual({
      id: first.delivery,
      kind: 'flag',
      flag: 'step_overdue',
      level: 1,
      dossierCode: dossierA.code,
      title: `Hồ sơ ${dossierA.code} quá hạn bước ${APPRAISE}`,
      body: expect.stringContaining('Đề nghị xử lý hồ sơ ngay.'),
      createdAt: '2026-11-23T10:00:00+07:00',
      recipient: expect.stringMatching(/^kinhte\.xa[12]$/),
    });
    expect(
      await query('SELECT attempts FROM notification_delivery WHERE notification_id = $1', [first.delivery]),
    ).toEqual([{ attempts: 2 }]);

    const before = receiver.hooks.length;
    await queue.add(
      JobName.DeliverNotification,
      { notificationId: first.delivery, channel: 'webhook' },
      { jobId: `again-${first.delivery}` },
    );
    expect((await finished(`again-${first.delivery}`)).returnvalue).toEqual({
      delivered: false,
      reason: 'already',
    });
    expect(receiver.hooks).toHaveLength(before);
  });

  it('serves each user their own notifications: newest first, by page, marked read one by one, by group or all', async () => {
    const all = await client.get('kinhte.xa1', '/notifications');
    expect(all.body.items.map((n: { level: number }) => n.level)).toEqual([1, 1, 1]);
    const first = await client.get('kinhte.xa1', '/notifications?limit=2');
    const second = await client.get('kinhte.xa1', `/notifications?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items]).toEqual(all.body.items);
    expect(second.body.nextCursor).toBeNull();

    const target = all.body.items[0].id as string;
    clock.set(at('2026-11-25T11:00:00'));
    const read = await client.post('kinhte.xa1', `/notifications/${target}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: target, readAt: '2026-11-25T11:00:00+07:00' });
    const unread = await client.get('kinhte.xa1', '/notifications?unread=true');
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(target);
    expect(unread.body.items).toHaveLength(2);

    const theirs = await client.post('kinhte.xa2', `/notifications/${target}/read`, {});
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await client.post('kinhte.xa2', '/notifications/not-an-id/read', {})).status).toBe(404);
    expect((await client.get('kinhte.xa1', '/notifications?unread=maybe')).status).toBe(400);

    // A group read at once (as the console groups them): only the caller's own are marked.
    const mine = unread.body.items.map((n: { id: string }) => n.id) as string[];
    const others = (await client.get('kinhte.xa2', '/notifications')).body.items.map(
      (n: { id: string }) => n.id,
    ) as string[];
    const stranger = await client.post('kinhte.xa2', '/notifications/read', { ids: mine });
    expect(stranger.body).toEqual({ updated: 0 });
    expect((await client.get('kinhte.xa1', '/notifications?unread=true')).body.items).toHaveLength(2);
    const group = await client.post('kinhte.xa1', '/notifications/read', {
      ids: [mine[0], mine[0], others[0]],
    });
    expect(group.status).toBe(200);
    expect(group.body).toEqual({ updated: 1 });
    expect(
      (await client.get('kinhte.xa1', '/notifications?unread=true')).body.items.map(
        (n: { id: string }) => n.id,
      ),
    ).toEqual([mine[1]]);
    const empty = await client.post('kinhte.xa1', '/notifications/read', { ids: [] });
    expect([empty.status, empty.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await client.post('kinhte.xa1', '/notifications/read', { ids: ['not-an-id'] })).status).toBe(400);

    const readAll = await client.post('kinhte.xa1', '/notifications/read-all', {});
    expect(readAll.status).toBe(200);
    expect(readAll.body).toEqual({ updated: 1 });
    expect((await client.get('kinhte.xa1', '/notifications?unread=true')).body.items).toEqual([]);
    expect((await client.get('kinhte.xa2', '/notifications?unread=true')).body.items).toHaveLength(3);
  });

  it('restores the timers Redis lost from PostgreSQL', async () => {
    const d = await atAppraisal();
    clock.set(at('2026-11-23T10:00:00'));
    const flag = await raiseFlag(d.id, { subject: 'appraise-2' });
    await escalatedTo(flag, 1);
    await waitFor(async () => (await queue.getJob(jobId('escalate', flag, 2))) !== undefined, {
      what: 'the level-2 timer',
    });
    await flushTestQueues();
    clock.advance(HOUR);
    const report = await worker.get(NotificationSweepService).reconcile();
    expect(report.add).toBeGreaterThanOrEqual(1);
    const restored = await queue.getJob(jobId('escalate', flag, 2));
    expect(await restored?.getState()).toBe('delayed');
    expect(restored?.data).toEqual({ flagId: flag, level: 2 });
  });
});
