import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import type { Clock } from '@motcua/common';
import { resetDatabase, startApi, startWorker } from './app';
import { ensureWebBuilt, launchChromium } from './browser';
import { DossierClient } from './dossier-client';
import { flushTestQueues } from './worker';

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
  await flushTestQueues();
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

export interface BrowserE2e extends E2e {
  browser: Browser;
  /** Where the served console answers, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
}

export type BrowserE2eWithWorker = BrowserE2e & E2eWithWorker;

/**
 * A browser suite's start: the built console checked, the api served on a loopback port (any free one unless
 * `listen` says), the worker if asked, and Chromium; `close` ends the browser, then the processes.
 */
export async function bootBrowserE2e(options: E2eOptions & { worker: true }): Promise<BrowserE2eWithWorker>;
export async function bootBrowserE2e(options?: E2eOptions): Promise<BrowserE2e>;
export async function bootBrowserE2e(
  options: E2eOptions = {},
): Promise<BrowserE2e & { worker?: INestApplication }> {
  ensureWebBuilt();
  const e2e = await bootE2e({ ...options, listen: options.listen ?? 0 });
  const baseUrl = `http://127.0.0.1:${(e2e.api.getHttpServer().address() as AddressInfo).port}`;
  const browser = await launchChromium().catch(async (error: Error) => {
    await e2e.close();
    throw error;
  });
  const close = async () => {
    await browser.close();
    await e2e.close();
  };
  return { ...e2e, browser, baseUrl, close };
}
