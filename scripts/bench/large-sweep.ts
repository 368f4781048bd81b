import { Test, type TestingModule } from '@nestjs/testing';
import type { Client } from 'pg';
import { CatalogModule } from '@motcua/catalog';
import { AppConfigModule, ClockModule, DatabaseModule, RedisModule } from '@motcua/common';
import { DeadlineModule } from '@motcua/dossier';
import { NotificationWorkerModule } from '@motcua/notification';
import { PortalSyncWorkerModule } from '@motcua/portal';
import { QueueModule } from '@motcua/queue';
import type { BenchContext } from './bench.types';
import { RUNNING } from './large-state';

/**
 * The worker's deadline module (sweep, tracker, catalog, queues, and the portal sync writer and calendar notices the
 * re-projection needs) in this process, compiled but not started:
 * no start-up sweep, no processors, no outbox relay. `sweep()` is the periodic sweep itself.
 */
export async function sweepModule(ctx: BenchContext): Promise<TestingModule> {
  process.env.DATABASE_URL = ctx.databaseUrl;
  process.env.REDIS_URL = ctx.redisUrl;
  process.env.DB_MIGRATE_ON_START = 'false';
  // As the other benches' processes: the sample secrets are accepted only in development.
  process.env.NODE_ENV ??= 'development';
  return Test.createTestingModule({
    imports: [
      AppConfigModule.forRoot(),
      ClockModule,
      DatabaseModule,
      RedisModule,
      CatalogModule,
      QueueModule.forWorker(),
      PortalSyncWorkerModule,
      DeadlineModule,
      NotificationWorkerModule,
    ],
  }).compile();
}

/**
 * The same flags written by bare SQL: one UPDATE of the flag columns through the sweep's partial indexes and one
 * INSERT of the flag rows, in a single statement; no escalation jobs, timers or per-dossier planning.
 */
export async function bareFlagging(client: Client, now: Date): Promise<number> {
  const { rowCount } = await client.query(
    `WITH raised AS (
       UPDATE dossier SET
         flag_overdue_at = CASE WHEN due_at < $1 THEN $1::timestamptz END,
         flag_step_overdue_at = CASE WHEN step_due_at < $1 THEN $1::timestamptz END,
         flag_due_soon_at = CASE WHEN due_soon_from <= $1 THEN $1::timestamptz END,
         flag_stalled_at = CASE WHEN stall_at <= $1 THEN $1::timestamptz END,
         apology_reminded_at = CASE WHEN apology_reminder_at <= $1 THEN $1::timestamptz END
       WHERE ${RUNNING} AND (
         (flag_overdue_at IS NULL AND due_at < $1) OR (flag_step_overdue_at IS NULL AND step_due_at < $1)
         OR (flag_due_soon_at IS NULL AND due_soon_from <= $1) OR (flag_stalled_at IS NULL AND stall_at <= $1)
         OR (apology_reminded_at IS NULL AND apology_reminder_at <= $1))
       RETURNING id, step, step_owner_unit, step_owner_role, due_at, step_due_at, step_started_at, due_soon_from,
                 stall_at, last_activity_at)
     INSERT INTO dossier_flag (dossier_id, flag, subject, step, owner_unit, owner_role, raised_at)
     SELECT r.id, f.flag, f.subject, r.step, r.step_owner_unit, r.step_owner_role, $1
       FROM raised r
       CROSS JOIN LATERAL (VALUES
         ('overdue', r.due_at::text, r.due_at < $1),
         ('step_overdue', r.step || '@' || r.step_started_at::text, r.step_due_at < $1),
         ('due_soon', r.due_soon_from::text, r.due_soon_from <= $1),
         ('stalled', r.last_activity_at::text, r.stall_at <= $1)) AS f(flag, subject, up)
      WHERE f.up
     ON CONFLICT (dossier_id, flag, subject) DO NOTHING`,
    [now],
  );
  return rowCount ?? 0;
}
