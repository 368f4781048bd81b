import { createServer } from 'node:net';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value, which is returned; throws after `timeout` ms. */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  { timeout = 30_000, interval = 200, what = 'the condition' } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await Promise.resolve()
      .then(check)
      .catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(interval);
  }
}

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** The first port from `from` that nobody listens on. */
export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 500; port++) if (await isFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}
