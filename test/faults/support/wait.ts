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

// Ports handed out by this run: two services started at once never get the same one.
const handedOut = new Set<number>();

/**
 * The first port from `from` that nobody listens on and this run has not handed out. The runs' bases (28000–29432)
 * are below Linux's ephemeral range (32768–60999): a killed process is started again on its port, which an outgoing
 * connection could otherwise have taken meanwhile. `FAULTS_PORT_BASE`, when set,
 * confines every port of the run to that base and the 99 after it (runs side by side on one machine).
 */
export async function freePort(from: number): Promise<number> {
  const base = Number(process.env.FAULTS_PORT_BASE) || undefined;
  const first = base ?? from;
  const last = base ? base + 99 : from + 499;
  for (let port = first; port <= last; port++) {
    if (handedOut.has(port)) continue;
    // Taken before the check: a caller running meanwhile skips it.
    handedOut.add(port);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port from ${first} to ${last}`);
}
