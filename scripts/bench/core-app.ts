import type { INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { prepareDatabase } from '@motcua/common';
import type { BenchContext } from './bench.types';

/** The queue backends a bench compares: QUEUE_BACKEND=redis and QUEUE_BACKEND=postgres. */
export const QUEUE_BACKENDS = ['redis', 'postgres'] as const;
export type BenchBackend = (typeof QUEUE_BACKENDS)[number];

/**
 * Points the processes built here at the bench's database and Redis (or, with the postgres backend, at the
 * database alone), and migrates the database. Must run before an app is built: each app reads the environment
 * when it is built.
 */
export async function useBenchServices(ctx: BenchContext, backend: BenchBackend = 'redis'): Promise<void> {
  Object.assign(process.env, {
    DATABASE_URL: ctx.databaseUrl,
    QUEUE_BACKEND: backend,
    REDIS_URL: ctx.redisUrl,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DB_MIGRATE_ON_START: 'true',
  });
  await prepareDatabase(ctx.databaseUrl, true);
}

/* eslint-disable @typescript-eslint/no-require-imports -- required late, once the environment is set */
const apiModule = (): Type => (require('../../apps/api/src/api.module') as { ApiModule: Type }).ApiModule;
const workerModule = (): Type =>
  (require('../../apps/worker/src/worker.module') as { WorkerModule: Type }).WorkerModule;
const configureApi = (app: INestApplication): void =>
  (require('../../apps/api/src/api.config') as { configureApi(app: INestApplication): void }).configureApi(
    app,
  );
/* eslint-enable @typescript-eslint/no-require-imports */

const logger = ['error', 'warn'] as const;

/** The api's providers without its HTTP server: what a controller calls, called directly. */
export function apiContext(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(apiModule(), { logger: [...logger] });
}

/** The api as main.ts builds it, listening on `port` of the loopback. */
export async function listeningApi(port: number): Promise<INestApplication> {
  const app = await NestFactory.create(apiModule(), { logger: [...logger] });
  configureApi(app);
  await app.listen(port, '127.0.0.1');
  return app;
}

/** The worker (outbox relay, queues, processors) in this process, without its health port. */
export async function workerApp(): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(workerModule(), { logger: [...logger] });
  await app.init();
  return app;
}
