import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx: a wrong answer, which fails the figure. */
  errors: number;
  /** Requests not answered within a minute, or whose connection failed: counted, not failing the figure. */
  timeouts: number;
}

export interface LoadTarget {
  /** Paths to cycle through (one is enough for a fixed route). */
  paths: string[];
  headers?: Record<string, string>;
}

/** autocannon against `port` for `seconds` with `connections`, cycling the target's paths. */
export async function load(
  port: number,
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 60,
    headers: target.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length] }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx,
    timeouts: result.errors + result.timeouts,
  };
}
