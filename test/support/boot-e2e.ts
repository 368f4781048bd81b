import type { INestApplication } from '@nestjs/common';
import type { Clock } from '@motcua/common';
import { resetDatabase, startApi, startWorker } from './app';
import { DossierClient } from './dossier-client';
import { flushTestRedis } from './worker';

export interface E2eOptions {
  /** The clock of the api and the worker (a ManualClock moves both). */
  clock?: Clock;
  /** Starts the worker module too (queues, outbox relay, processors). */
  worker?: boolean;
  /** Serves the api on this loopback port (0: any free one), for a browser or an outside client. */
  listen?: number;
}

export interface E2e {
  api: INestApplication;
  client: DossierClient;
  /** Closes the worker, then the api. */
  close(): Promise<void>;
}

export interface E2eWithWorker extends E2e {
  worker: INestApplication;
}

/**
 * A suite's start: empty tables and an empty Redis index (so that no job of an earlier suite stands for this
 * one's), then the api (and the worker) on them. Set process.env before the call.
 */
export async function bootE2e(options: E2eOptions & { worker: true }): Promise<E2eWithWorker>;
export async function bootE2e(options?: E2eOptions): Promise<E2e>;
export async function bootE2e({ clock, worker, listen }: E2eOptions = {}): Promise<
  E2e & { worker?: INestApplication }
> {
  await resetDatabase();
  await flushTestRedis();
  const api = await startApi({ clock });
  let workerApp: INestApplication | undefined;
  const close = async () => {
    await workerApp?.close();
    await api.close();
  };
  try {
    if (listen !== undefined) await api.listen(listen, '127.0.0.1');
    if (worker) workerApp = await startWorker({ clock });
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { api, worker: workerApp, client: new DossierClient(api), close };
}
