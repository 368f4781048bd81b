import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { DossierLedgerService, type InsertPlan } from '@motcua/dossier';
import { agencyIdOf } from '@motcua/engine';
import { JobName, jobId } from '@motcua/queue';
import { query } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';

const at = (local: string): Date => new Date(`${local}+07:00`);

describe('the ledger: one transaction per plan, new dossiers numbered without gaps', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  let ledger: DossierLedgerService;
  let agencyId: string;
  let newDossier: (rows?: InsertPlan['rows']) => InsertPlan;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api } = e2e);
    ledger = api.get(DossierLedgerService);
    const catalog = api.get<Catalog>(CATALOG);
    agencyId = agencyIdOf(catalog.org, 'mot-cua-xa')!;
    const now = at('2026-11-23T08:00:00');
    const revision = api.get(ProcedureRevisionsService).current('2.000908', now)!;
    newDossier = (rows) => {
      const id = randomUUID();
      return {
        kind: 'insert',
        at: now,
        row: {
          id,
          procedureCode: revision.code,
          procedureVersionId: revision.id,
          receivingUnit: 'mot-cua-xa',
          routeUnits: ['mot-cua-xa'],
          channel: 'in_person',
          status: 'refused',
          applicant: {
            fullName: 'Nguyễn Văn A',
            idNumber: '001099000001',
            phone: '0912345678',
            address: 'Hà Nội',
          },
          applicantName: 'Nguyễn Văn A',
          applicantIdNumber: '001099000001',
          documents: [],
          receivedAt: now,
          finishedAt: now,
          lastActivityAt: now,
        },
        code: { agencyId, at: now },
        event: { action: 'refuse', fromStatus: null, toStatus: 'refused', occurredAt: now },
        deadlines: null,
        portalSync: true,
        jobs: [{ job: { name: JobName.StartDossier, data: { dossierId: id } }, jobId: jobId('intake', id) }],
        ...(rows ? { rows } : {}),
      };
    };
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('inserts the row at version 1 with its event, jobs and portal message, its code from the daily counter', async () => {
    const plan = newDossier();
    const { dossier, event } = await ledger.commit(plan);
    expect(dossier.code).toBe(`${agencyId}-261123-0001`);
    expect(dossier).toMatchObject({ id: plan.row.id, version: 1, status: 'refused' });
    expect(event).toMatchObject({ dossierId: plan.row.id, version: 1, action: 'refuse' });
    const jobs = await query<{ job_name: string }>(
      `SELECT job_name FROM outbox WHERE payload->>'dossierId' = $1 ORDER BY id`,
      [plan.row.id],
    );
    expect(jobs.map((j) => j.job_name)).toEqual([JobName.StartDossier, JobName.SyncDossier]);
    const messages = await query('SELECT seq FROM portal_sync_message WHERE dossier_id = $1', [plan.row.id]);
    expect(messages).toEqual([{ seq: 1 }]);
  });

  it('writes nothing when any part fails, and the number taken is given back', async () => {
    // A row written with the dossier that the database refuses (a wait without its reason).
    const failing = newDossier([{ table: 'dossier_pause', values: { started_at: new Date() } }]);
    failing.rows![0].values.dossier_id = failing.row.id;
    await expect(ledger.commit(failing)).rejects.toThrow();
    expect(await query('SELECT id FROM dossier WHERE id = $1', [failing.row.id])).toEqual([]);
    const { dossier } = await ledger.commit(newDossier());
    expect(dossier.code).toBe(`${agencyId}-261123-0002`);
  });

  it('refuses a plan made at a version the row has left: VERSION_CONFLICT with the current one, nothing written', async () => {
    const { dossier } = await ledger.commit(newDossier());
    const plan = {
      kind: 'update' as const,
      at: at('2026-11-23T09:00:00'),
      dossier,
      patch: { summary: 'first' },
      event: { action: 'comment', toStatus: dossier.status, occurredAt: at('2026-11-23T09:00:00') },
      deadlines: null,
      portalSync: false,
      jobs: [],
    };
    const after = await ledger.commit(plan);
    expect(after.dossier.version).toBe(2);
    await expect(ledger.commit({ ...plan, patch: { summary: 'second' } })).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { currentVersion: 2 },
    });
    const [row] = await query<{ summary: string; version: number }>(
      'SELECT summary, version FROM dossier WHERE id = $1',
      [dossier.id],
    );
    expect(row).toEqual({ summary: 'first', version: 2 });
    expect(
      await query('SELECT version FROM dossier_event WHERE dossier_id = $1 ORDER BY version', [dossier.id]),
    ).toEqual([{ version: 1 }, { version: 2 }]);
  });
  it('runs a repeated statement as one prepared statement of its connection, and keeps several statements without parameters working', async () => {
    const dataSource = api.get(DataSource);
    const text = 'SELECT $1::int + 1 AS next';
    const seen = await dataSource.transaction(async (manager) => {
      expect(await manager.query(text, [1])).toEqual([{ next: 2 }]);
      expect(await manager.query(text, [41])).toEqual([{ next: 42 }]);
      return (await manager.query('SELECT statement FROM pg_prepared_statements WHERE statement = $1', [
        text,
      ])) as Array<{ statement: string }>;
    });
    expect(seen).toEqual([{ statement: text }]);
    // The migrations send many statements in one text, without parameters: the simple protocol still runs them.
    const counted = await dataSource.transaction(async (manager) => {
      await manager.query(
        'CREATE TEMP TABLE prepared_spec (n int) ON COMMIT DROP; INSERT INTO prepared_spec VALUES (1), (2)',
      );
      return manager.query('SELECT count(*)::int AS n FROM prepared_spec WHERE n > $1', [0]);
    });
    expect(counted).toEqual([{ n: 2 }]);
  });
});
