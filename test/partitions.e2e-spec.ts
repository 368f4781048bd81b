import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import {
  databaseOptions,
  loadEnvironment,
  ManualClock,
  migrate,
  monthRange,
  PARTITIONED_TABLES,
  PartitionRepository,
  PartitionService,
} from '@motcua/common';
import {
  type CitizenNoticeChange,
  type DossierEntity,
  DossierLedgerService,
  type InsertPlan,
} from '@motcua/dossier';
import { agencyIdOf } from '@motcua/engine';
import { type NotificationDraft, NotificationRepository } from '@motcua/notification';
import { JobName, jobId } from '@motcua/queue';
import { insertDependentRows } from '../libs/dossier/src/ledger/dependent-rows.sql';
import { CitizenNoticeWriterService } from '../libs/notification/src/citizen/citizen-notice-writer.service';
import { APOLOGIES_SQL } from '../libs/report/src/report-apologies.sql';
import { query, startWorker } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';

const at = (local: string): Date => new Date(`${local}+07:00`);

/** `npm run motcua -- <args>` against the test database. */
function motcua(...args: string[]) {
  const result = spawnSync('node', ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args], {
    env: process.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Row count and an order-independent checksum of every row's non-null columns, per partitioned table: a column a
 * later migration adds (undone with the partitions) is null in these rows and leaves the checksum as it was.
 */
async function fingerprints(): Promise<Record<string, { n: string; sum: string }>> {
  const out: Record<string, { n: string; sum: string }> = {};
  for (const { table } of PARTITIONED_TABLES)
    [out[table]] = await query<{ n: string; sum: string }>(
      `SELECT count(*) AS n, coalesce(sum(hashtextextended(jsonb_strip_nulls(to_jsonb(t))::text, 0)), 0) AS sum
         FROM ${table} t`,
    );
  return out;
}

/** The key tables, and which of their keys belong to a row still in the live tables. */
const ONCE_TABLES: Record<string, string> = {
  notification_once: 'notification_id IN (SELECT id FROM notification)',
  notification_delivery_once:
    '(notification_id, channel) IN (SELECT notification_id, channel FROM notification_delivery)',
  citizen_notice_once: 'notice_id IN (SELECT id FROM citizen_notice)',
};

/**
 * Row count and checksum of the key tables (they exist only while the notification tables are partitioned): all
 * their keys, or only those of live rows (what the migration fills them with).
 */
async function onceFingerprints(liveOnly = false): Promise<Record<string, { n: string; sum: string }>> {
  const out: Record<string, { n: string; sum: string }> = {};
  for (const [table, live] of Object.entries(ONCE_TABLES))
    [out[table]] = await query<{ n: string; sum: string }>(
      `SELECT count(*) AS n, coalesce(sum(hashtextextended(t::text, 0)), 0) AS sum FROM ${table} t
        ${liveOnly ? `WHERE ${live}` : ''}`,
    );
  return out;
}

const kinds = () =>
  query<{ relname: string; relkind: string }>(
    `SELECT relname, relkind FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
    [PARTITIONED_TABLES.map((t) => t.table)],
  );

/** Runs the `down` of the migrations from TimePartitions on (NotificationPartitions, then TimePartitions, and any after). */
async function undoPartitions(): Promise<void> {
  const dataSource = await new DataSource(databaseOptions(loadEnvironment().DATABASE_URL)).initialize();
  try {
    const latest = async () =>
      Number(
        ((await dataSource.query('SELECT max(timestamp) AS t FROM migrations')) as Array<{ t: string }>)[0].t,
      );
    while ((await latest()) >= 1765400000000) await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Where each of a dossier's events lives. */
const eventHomes = (dossierId: string) =>
  query<{ version: number; home: string }>(
    `SELECT version, tableoid::regclass::text AS home FROM dossier_event WHERE dossier_id = $1 ORDER BY version`,
    [dossierId],
  );

/** The dossier_event partitions a statement's plan reads. */
async function partitionsRead(sql: string, params: unknown[]): Promise<string[]> {
  const [{ 'QUERY PLAN': plan }] = await query<{ 'QUERY PLAN': unknown }>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const relation = (node as Record<string, unknown>)['Relation Name'];
      if (typeof relation === 'string' && relation.startsWith('dossier_event')) names.add(relation);
      Object.values(node).forEach(walk);
    }
  };
  walk(plan);
  return [...names].sort();
}

/** Where a dossier's notifications, their deliveries and its citizen notices live. */
const noticeHomes = (dossierId: string) =>
  query<{ home: string; what: string }>(
    `SELECT tableoid::regclass::text AS home, dedupe_key AS what FROM notification WHERE dossier_id = $1
     UNION ALL
     SELECT d.tableoid::regclass::text, d.channel || ' ' || n.dedupe_key FROM notification_delivery d
       JOIN notification_once k ON k.notification_id = d.notification_id
       JOIN notification n ON n.id = k.notification_id WHERE n.dossier_id = $1
     UNION ALL
     SELECT tableoid::regclass::text, kind || ' ' || channel FROM citizen_notice WHERE dossier_id = $1
     ORDER BY 1, 2`,
    [dossierId],
  );

describe('monthly partitions of dossier_event, outbox, portal_sync_message and the notification tables', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  let ledger: DossierLedgerService;
  let partitions: PartitionService;
  let newDossier: (when: Date) => InsertPlan;
  let notifications: NotificationRepository;
  let userId: string;
  /** An escalation's notification and its deliveries by e-mail and webhook, as the writer makes them. */
  let notify: (dossier: DossierEntity, key: string, when: Date) => Promise<string[]>;
  /** A citizen notice (SMS) of a dossier's acceptance at version 2, written as the ledger writes it. */
  let noticeAccepted: (dossier: DossierEntity, when: Date) => Promise<void>;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api } = e2e);
    ledger = api.get(DossierLedgerService);
    partitions = new PartitionService(new PartitionRepository(api.get(DataSource)));
    // From the partitions a fresh database has, whatever an earlier run left.
    await query('DROP SCHEMA IF EXISTS archive CASCADE');
    await undoPartitions();
    await migrate(loadEnvironment().DATABASE_URL);
    const dataSource = api.get(DataSource);
    notifications = new NotificationRepository(dataSource);
    [{ id: userId }] = await query<{ id: string }>('SELECT id FROM app_user ORDER BY username LIMIT 1');
    notify = (dossier, key, when) =>
      dataSource.transaction(async (manager) => {
        const draft: NotificationDraft = {
          userId,
          dossierId: dossier.id,
          dossierCode: dossier.code,
          kind: 'flag',
          flag: 'overdue',
          level: 1,
          title: 'Hồ sơ quá hạn',
          body: dossier.code,
          createdAt: when,
          dedupeKey: key,
        };
        const created = await notifications.insertNew(manager, [draft]);
        const ids = created.map((n) => n.id);
        await notifications.insertDeliveries(manager, ids, ['email', 'webhook'], when);
        return ids;
      });
    const planner = new CitizenNoticeWriterService({
      sms: { url: 'http://127.0.0.1:9/sms', token: 'token', sender: 'MOTCUA', unicode: false },
      email: null,
      publicBaseUrl: 'http://127.0.0.1:9',
    });
    noticeAccepted = async (dossier, when) => {
      const change: CitizenNoticeChange = {
        dossier: { id: dossier.id, applicant: dossier.applicant, dueAt: dossier.dueAt },
        event: {
          action: 'accept',
          fromStatus: 'submitted',
          toStatus: 'accepted',
          payload: {},
          occurredAt: when,
        },
        version: 2,
      };
      const { rows } = planner.plan(change);
      expect(rows.map((r) => r.table)).toEqual(['citizen_notice_once', 'citizen_notice']);
      await dataSource.transaction((manager) => insertDependentRows(manager, rows));
    };
    const catalog = api.get<Catalog>(CATALOG);
    const agencyId = agencyIdOf(catalog.org, 'mot-cua-xa')!;
    const revision = api.get(ProcedureRevisionsService).current('2.000908', at('2026-11-23T08:00:00'))!;
    newDossier = (when) => {
      const id = randomUUID();
      const applicant = {
        fullName: 'Trần Thị B',
        idNumber: '001099000002',
        phone: '0912345678',
        address: 'Huế',
      };
      return {
        kind: 'insert',
        at: when,
        row: {
          id,
          procedureCode: revision.code,
          procedureVersionId: revision.id,
          receivingUnit: 'mot-cua-xa',
          routeUnits: ['mot-cua-xa'],
          channel: 'in_person',
          status: 'refused',
          applicant,
          applicantName: applicant.fullName,
          applicantIdNumber: applicant.idNumber,
          documents: [],
          receivedAt: when,
          finishedAt: when,
          lastActivityAt: when,
        },
        code: { agencyId, at: when },
        event: { action: 'refuse', fromStatus: null, toStatus: 'refused', occurredAt: when },
        deadlines: null,
        portalSync: true,
        jobs: [{ job: { name: JobName.StartDossier, data: { dossierId: id } }, jobId: jobId('intake', id) }],
      };
    };
  });

  afterAll(async () => {
    await query('DROP SCHEMA IF EXISTS archive CASCADE').catch(() => undefined);
    await e2e?.close();
  });

  it('land a write in its month; a month without its partition goes to the default one, moved out when it is made', async () => {
    const { dossier } = await ledger.commit(newDossier(at('2023-05-10T09:00:00')));
    expect(await eventHomes(dossier.id)).toEqual([{ version: 1, home: 'dossier_event_default' }]);
    const created = await partitions.ensureAhead(at('2023-05-02T08:00:00'));
    expect(created).toContain('dossier_event_p202305');
    expect(created).toContain('dossier_event_p202308');
    expect(await eventHomes(dossier.id)).toEqual([{ version: 1, home: 'dossier_event_p202305' }]);
    const [message] = await query<{ home: string }>(
      `SELECT tableoid::regclass::text AS home FROM portal_sync_message WHERE dossier_id = $1`,
      [dossier.id],
    );
    expect(message.home).toBe('portal_sync_message_p202305');
    // a second worker finds them made: nothing to do
    expect(await partitions.ensureAhead(at('2023-05-02T08:00:00'))).toEqual([]);
  });

  it('are made ahead by the worker when it starts, for its month and the three after', async () => {
    const worker = await startWorker({ clock: new ManualClock(at('2031-10-15T10:00:00')) });
    try {
      const names = (await partitions.list()).map((p) => p.name);
      for (const month of ['203110', '203111', '203112', '203201'])
        for (const { table } of PARTITIONED_TABLES) expect(names).toContain(`${table}_p${month}`);
      expect(names).not.toContain('outbox_p203202');
    } finally {
      await worker.close();
    }
  });

  it('keep one event per version across months: the versioned update, not a unique index, refuses the second', async () => {
    await partitions.ensureAhead(at('2023-06-01T08:00:00'));
    const { dossier } = await ledger.commit(newDossier(at('2023-05-31T16:00:00')));
    const change = (occurredAt: Date) =>
      ledger.commit({
        kind: 'update',
        at: occurredAt,
        dossier,
        patch: { summary: occurredAt.toISOString() },
        event: { action: 'comment', toStatus: dossier.status, occurredAt },
        deadlines: null,
        portalSync: true,
        jobs: [],
      });
    // Two changes planned at version 1, their events a month apart (two partitions): one wins.
    const outcomes = await Promise.allSettled([
      change(at('2023-05-31T17:00:00')),
      change(at('2023-06-01T08:00:00')),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { code: 'VERSION_CONFLICT' },
    });
    const versions = await eventHomes(dossier.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const seqs = await query<{ seq: number }>(
      'SELECT seq FROM portal_sync_message WHERE dossier_id = $1 ORDER BY seq',
      [dossier.id],
    );
    expect(seqs).toEqual([{ seq: 1 }, { seq: 2 }]);
  });

  it('notify once across months: the unpartitioned *_once tables refuse a key a partition could not', async () => {
    await partitions.ensureAhead(at('2023-06-01T08:00:00'));
    const { dossier } = await ledger.commit(newDossier(at('2023-05-31T16:00:00')));
    const key = `flag:${dossier.id}:overdue:1:${userId}`;
    expect(await notify(dossier, key, at('2023-05-31T17:00:00'))).toHaveLength(1);
    // The sweep escalating again a month later, its rows due in another partition: nothing new, nothing to send.
    expect(await notify(dossier, key, at('2023-06-02T08:00:00'))).toEqual([]);
    // Two sweeps at once, in two months: one notification.
    const raced = await Promise.all([
      notify(dossier, `${key}:race`, at('2023-05-31T23:00:00')),
      notify(dossier, `${key}:race`, at('2023-06-01T01:00:00')),
    ]);
    expect(raced.flat()).toHaveLength(1);
    const [{ id: first }] = await query<{ id: string }>('SELECT id FROM notification WHERE dedupe_key = $1', [
      key,
    ]);
    // Deliveries asked again in June: still one per channel.
    await api
      .get(DataSource)
      .transaction((manager) =>
        notifications.insertDeliveries(manager, [first], ['email', 'webhook'], at('2023-06-02T09:00:00')),
      );

    // The citizen's SMS of the acceptance, then the same change's notice again in June: refused by its key.
    await noticeAccepted(dossier, at('2023-05-31T18:00:00'));
    await expect(noticeAccepted(dossier, at('2023-06-01T09:00:00'))).rejects.toThrow(
      /citizen_notice_once_pkey/,
    );

    const homes = await noticeHomes(dossier.id);
    expect(homes.filter((h) => !h.what.endsWith(':race'))).toEqual([
      { home: 'citizen_notice_p202305', what: 'accepted sms' },
      { home: 'notification_delivery_p202305', what: `email ${key}` },
      { home: 'notification_delivery_p202305', what: `webhook ${key}` },
      { home: 'notification_p202305', what: key },
    ]);
    // The race's winner, in its month: one notification and one delivery per channel.
    const race = homes.filter((h) => h.what.endsWith(':race'));
    expect(race.map((h) => h.what.split(' ')[0])).toEqual(
      expect.arrayContaining(['email', 'webhook', `${key}:race`]),
    );
    expect(race).toHaveLength(3);
    const month = race.find((h) => h.home.startsWith('notification_p'))!.home.slice(-6);
    expect(race.every((h) => h.home.endsWith(month))).toBe(true);
  });

  it('prune: a month of the apology count reads one partition, a year twelve', async () => {
    await partitions.ensureAhead(at('2024-01-01T08:00:00'));
    await partitions.ensureAhead(at('2024-05-01T08:00:00'));
    await partitions.ensureAhead(at('2024-09-01T08:00:00'));
    const month = await partitionsRead(APOLOGIES_SQL, [
      at('2024-03-01T00:00:00'),
      at('2024-04-01T00:00:00'),
      null,
    ]);
    expect(month).toEqual(['dossier_event_p202403']);
    const year = await partitionsRead(APOLOGIES_SQL, [
      at('2024-01-01T00:00:00'),
      at('2025-01-01T00:00:00'),
      null,
    ]);
    expect(year).toEqual(
      Array.from({ length: 12 }, (_, i) => monthRange('dossier_event', { year: 2024, month: i + 1 }).name),
    );
  });

  it('list their ranges, and archive whole months into the archive schema, refusing while a row is undelivered', async () => {
    const { dossier } = await ledger.commit(newDossier(at('2024-02-10T09:00:00')));
    const listed = motcua('partitions:list', '--exact');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(
      /^dossier_event\tdossier_event_p202402\t\[2024-02-01, 2024-03-01\)\t1 rows\t/m,
    );
    expect(listed.stdout).toMatch(/^outbox\toutbox_default\tdefault\t/m);

    // The portal message of February is not delivered yet: nothing is archived.
    const refused = motcua('partitions:archive', '--before', '2024-03');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('portal_sync_message_p202402 still holds 1 undelivered rows');
    // Nor are May 2023's notification deliveries (two per notification) and citizen notice, not sent yet.
    const [{ n: unsent }] = await query<{ n: number }>(
      'SELECT count(*)::int AS n FROM notification_delivery_p202305 WHERE delivered_at IS NULL',
    );
    expect(unsent).toBeGreaterThanOrEqual(2); // 4 when the race's winner was May's
    expect(refused.stderr).toContain(`notification_delivery_p202305 still holds ${unsent} undelivered rows`);
    expect(refused.stderr).toContain('citizen_notice_p202305 still holds 1 undelivered rows');
    expect(refused.stderr).toContain('nothing archived');
    expect(await eventHomes(dossier.id)).toEqual([{ version: 1, home: 'dossier_event_p202402' }]);

    await query(
      `UPDATE portal_sync_message SET status = 'delivered', delivered_at = now() WHERE created_at < $1`,
      [at('2024-03-01T00:00:00')],
    );
    for (const table of ['notification_delivery', 'citizen_notice'])
      await query(`UPDATE ${table} SET delivered_at = now() WHERE created_at < $1`, [
        at('2024-03-01T00:00:00'),
      ]);
    const keys = await onceFingerprints();
    const archived = motcua('partitions:archive', '--before', '2024-03');
    expect(archived.stderr).toBe('');
    expect(archived.status).toBe(0);
    expect(archived.stdout).toMatch(
      /^archived dossier_event dossier_event_p202402: 1 rows, sha256 [0-9a-f]{64}$/m,
    );
    expect(archived.stdout).toMatch(/^archived dossier_event dossier_event_p202401: 0 rows/m);
    // Gone from the live table, kept whole in the archive, its manifest matching what is there.
    expect(await eventHomes(dossier.id)).toEqual([]);
    const [kept] = await query<{ version: number; action: string }>(
      'SELECT version, action FROM archive.dossier_event_p202402 WHERE dossier_id = $1',
      [dossier.id],
    );
    expect(kept).toEqual({ version: 1, action: 'refuse' });
    const [manifest] = await query<{ row_count: string; sha256: string }>(
      `SELECT row_count, sha256 FROM archive.partition_manifest WHERE partition_name = 'dossier_event_p202402'`,
    );
    expect(manifest.row_count).toBe('1');
    expect(archived.stdout).toContain(manifest.sha256);
    // 2023's months go too, the months from March 2024 stay
    const left = (await partitions.list()).map((p) => p.name);
    expect(left).not.toContain('outbox_p202305');
    expect(left).toContain('outbox_p202403');
    expect(left).not.toContain('notification_p202305');
    // The keys stay: May 2023's notification, archived, is not made (nor sent) again.
    expect(await onceFingerprints()).toEqual(keys);
    const [archivedNotice] = await query<{ dedupe_key: string; dossier_id: string }>(
      `SELECT dedupe_key, dossier_id FROM archive.notification_p202305 WHERE dedupe_key NOT LIKE '%:race'`,
    );
    const [again] = await query<{ id: string; code: string }>('SELECT id, code FROM dossier WHERE id = $1', [
      archivedNotice.dossier_id,
    ]);
    expect(
      await notify(again as unknown as DossierEntity, archivedNotice.dedupe_key, at('2024-03-05T08:00:00')),
    ).toEqual([]);
    // three runs of the command line, each compiling it
  }, 240_000);

  it('are made from the unpartitioned tables without losing a row, and undone the same way', async () => {
    await ledger.commit(newDossier(at('2026-11-23T09:00:00')));
    await ledger.commit(newDossier(at('2024-06-23T09:00:00')));
    const [june] = await query<{ id: string; code: string; applicant: unknown; due_at: null }>(
      `SELECT d.id, d.code, d.applicant, d.due_at FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id
        WHERE e.occurred_at = $1`,
      [at('2024-06-23T09:00:00')],
    );
    const juneDossier = { ...june, dueAt: june.due_at } as unknown as DossierEntity;
    await notify(juneDossier, `flag:${june.id}:overdue:1:${userId}`, at('2024-06-24T09:00:00'));
    await noticeAccepted(juneDossier, at('2024-06-24T10:00:00'));
    const before = await fingerprints();
    const keys = await onceFingerprints(true);
    // the events of the dossiers above (those archived are no longer in the table) and these two
    expect(before.dossier_event.n).toBe('2');
    // May 2023's notification and notice archived, June 2024's here, with their keys
    for (const table of ['notification', 'notification_delivery', 'citizen_notice'])
      expect(Number(before[table].n)).toBeGreaterThan(0);
    expect(keys.notification_once.n).toBe(before.notification.n);
    expect(keys.citizen_notice_once.n).toBe(before.citizen_notice.n);

    await undoPartitions();
    expect((await kinds()).map((k) => k.relkind)).toEqual(['r', 'r', 'r', 'r', 'r', 'r']);
    expect(await fingerprints()).toEqual(before);

    expect((await migrate(loadEnvironment().DATABASE_URL)).slice(0, 2)).toEqual([
      'TimePartitions1765400000000',
      'NotificationPartitions1765405000000',
    ]);
    expect((await kinds()).map((k) => k.relkind)).toEqual(['p', 'p', 'p', 'p', 'p', 'p']);
    expect(await fingerprints()).toEqual(before);
    // The key tables are filled again from the rows: the same keys as before, but those of archived months.
    expect(await onceFingerprints()).toEqual(keys);
    // The old rows stay where they were, attached whole below the first month; new rows go to their month.
    const homes = await query<{ home: string }>(
      `SELECT DISTINCT tableoid::regclass::text AS home FROM dossier_event`,
    );
    expect(homes).toEqual([{ home: 'dossier_event_legacy' }]);
    const { dossier } = await ledger.commit(newDossier(new Date()));
    expect((await eventHomes(dossier.id))[0].home).toMatch(/^dossier_event_(p\d{6}|legacy)$/);

    // Leave the schema as a fresh database has it, for the suites after this one.
    await undoPartitions();
    await query(
      'TRUNCATE dossier_event, outbox, portal_sync_message, notification_delivery, notification, citizen_notice',
    );
    await migrate(loadEnvironment().DATABASE_URL);
    for (const table of ['dossier_event', 'notification', 'citizen_notice'])
      expect(await query(`SELECT to_regclass($1) AS legacy`, [`${table}_legacy`])).toEqual([
        { legacy: null },
      ]);
  });
});
