import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Queue } from 'bullmq';
import { Cluster } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import { createRedisClient, databaseOptions, loadEnvironment, redisOptions } from '@motcua/common';
import { DossierEntity, DossierEventEntity, DossierPauseEntity, type HandedDocument } from '@motcua/dossier';
import type { ProcedureDefinition } from '@motcua/engine';
import {
  DEFAULT_JOB_OPTIONS,
  jobId,
  JobName,
  OutboxEntity,
  OutboxRepository,
  postgresQueueOptions,
  QUEUE_SCHEMA,
  type QueueName,
  queuePrefix,
} from '@motcua/queue';

export interface SpawnedWorker {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node -r @swc-node/register apps/worker/src/main.ts` on the test database and Redis; resolves once /health answers. */
export async function spawnWorker(env: Record<string, string> = {}): Promise<SpawnedWorker> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: `${__dirname}/../..`,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'log', WORKER_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const worker = { child, port, output: () => output, exited };
  let gone = false;
  void exited.then(() => (gone = true));
  await waitFor(
    async () => {
      if (gone) throw new Error(`worker exited during start-up:\n${output}`);
      const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      return res?.status === 200;
    },
    { what: 'the spawned worker to answer /health', timeout: 30_000 },
  ).catch((error: unknown) => {
    // A worker too slow to come up must not come up later, behind the test, and take the next suites' jobs.
    child.kill('SIGKILL');
    throw error;
  });
  return worker;
}

/** Polls `check` until it returns a truthy value, which is returned; throws after `timeout` ms. */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  {
    timeout = 15_000,
    interval = 50,
    what = 'the condition',
  }: { timeout?: number; interval?: number; what?: string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Empties the queues: the test Redis database (only the index of REDIS_URL, never the whole server; on a cluster, each master), or with
 * QUEUE_BACKEND=postgres BullMQ's tables in the test database (its migration ledger kept).
 */
export async function flushTestQueues(): Promise<void> {
  const env = loadEnvironment();
  if (env.QUEUE_BACKEND === 'postgres') {
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const tables = (
        await client.query<{ name: string }>(
          `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
            WHERE schemaname = $1 AND tablename <> 'migration'`,
          [QUEUE_SCHEMA],
        )
      ).rows.map((t) => t.name);
      if (tables.length > 0) await client.query(`TRUNCATE ${tables.join(', ')}`);
    } finally {
      await client.end();
    }
    return;
  }
  const redis = createRedisClient(env.REDIS_URL!);
  try {
    if (redis instanceof Cluster) {
      await new Promise<void>((resolve, reject) => {
        redis.once('ready', resolve);
        redis.once('error', reject);
      });
      await Promise.all(redis.nodes('master').map((node) => node.flushdb()));
    } else {
      await redis.flushdb();
    }
  } finally {
    redis.disconnect();
  }
}

/**
 * A producer for queue `name` with the worker's prefix and default job options, on the configured backend (one Redis
 * server or a Sentinel set; a cluster's suites make their own).
 */
export const testQueue = (name: QueueName): Queue => {
  const env = loadEnvironment();
  return new Queue(name, {
    connection:
      env.QUEUE_BACKEND === 'postgres' ? postgresQueueOptions(env.DATABASE_URL) : redisOptions(env.REDIS_URL!),
    prefix: queuePrefix(name),
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
};

async function withDataSource<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await new DataSource({
    ...databaseOptions(loadEnvironment().DATABASE_URL),
    entities: [DossierEntity, DossierEventEntity, DossierPauseEntity, OutboxEntity],
  }).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export interface AcceptedDossier {
  id: string;
  code: string;
  procedureVersionId: string;
  definition: ProcedureDefinition;
  acceptedAt: Date;
}

let sequence = 0;

/**
 * What the api's reception commits for a dossier accepted at the desk, in one transaction: the dossier (version 1,
 * `accepted`), its `receive` event and, unless `outbox: false`, the outbox row of its start job. The procedure
 * revision must exist: boot a process on the database first.
 */
export function insertAcceptedDossier(
  procedureCode = '2.000908',
  { outbox = true, acceptedAt = new Date() }: { outbox?: boolean; acceptedAt?: Date } = {},
): Promise<AcceptedDossier> {
  return withDataSource(async (dataSource) => {
    const [revision] = (await dataSource.query(
      'SELECT id, definition FROM procedure_version WHERE code = $1 ORDER BY revision DESC LIMIT 1',
      [procedureCode],
    )) as Array<{ id: string; definition: ProcedureDefinition }>;
    if (!revision) throw new Error(`no revision of ${procedureCode}: boot the api or the worker first`);
    const { definition } = revision;
    const documents: HandedDocument[] = definition.documents
      .filter((d) => d.required)
      .map(({ name, originals, copies }) => ({ name, originals, copies }));
    const applicant = {
      fullName: 'Nguyễn Văn An',
      idNumber: '001085012345',
      phone: '0912345678',
      address: 'Gia Phú, Lào Cai',
    };
    const day = toVietnamIso(acceptedAt).slice(2, 10).replace(/-/g, '');
    const code = `000.00.00.H38-${day}-${String(++sequence).padStart(4, '0')}`;
    return dataSource.transaction(async (manager) => {
      const dossier = await manager.getRepository(DossierEntity).save({
        code,
        procedureCode,
        procedureVersionId: revision.id,
        receivingUnit: definition.steps[0].owner.unit,
        routeUnits: [...new Set(definition.steps.map((s) => s.owner.unit))],
        channel: 'in_person',
        status: 'accepted',
        applicant,
        applicantName: applicant.fullName,
        applicantIdNumber: applicant.idNumber,
        documents,
        summary: null,
        receivedAt: acceptedAt,
        acceptedAt,
        lastActivityAt: acceptedAt,
        version: 1,
      });
      await manager.getRepository(DossierEventEntity).save({
        dossierId: dossier.id,
        version: 1,
        action: 'receive',
        fromStatus: null,
        toStatus: 'accepted',
        occurredAt: acceptedAt,
      });
      if (outbox) await appendStartJob(manager, dossier.id);
      return { id: dossier.id, code, procedureVersionId: revision.id, definition, acceptedAt };
    });
  });
}

/** One more outbox row for the dossier's start job, in a transaction of its own. */
export const appendStartOutboxRow = (dossierId: string): Promise<void> =>
  withDataSource((dataSource) => dataSource.transaction((manager) => appendStartJob(manager, dossierId)));

const appendStartJob = (manager: DataSource['manager'], dossierId: string) =>
  new OutboxRepository().append(manager, [
    { job: { name: JobName.StartDossier, data: { dossierId } }, jobId: jobId('intake', dossierId) },
  ]);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
