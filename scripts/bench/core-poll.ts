/** Polls `done` every `interval` ms until it holds; throws after `timeout` ms. */
export async function waitUntil(
  done: () => Promise<boolean>,
  { interval = 50, timeout = 600_000 }: { interval?: number; timeout?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`bench: gave up waiting after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
