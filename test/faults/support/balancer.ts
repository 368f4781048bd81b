/**
 * Stands in front of the run's apis as a load balancer with a health check would: each request goes to the next
 * api in turn among those in rotation. A scenario takes an api out before killing it and puts it back once it
 * answers again; requests already on their way to it are cut, as they would be.
 */
export class Balancer {
  private readonly out = new Set<string>();
  private turn = 0;
  /** Requests sent, by api. */
  readonly sent = new Map<string, number>();

  constructor(private readonly apis: string[]) {}

  take(url: string): void {
    this.out.add(url);
  }

  restore(url: string): void {
    this.out.delete(url);
  }

  /** The next api in rotation (every one, if none is). */
  next(): string {
    const live = this.apis.filter((url) => !this.out.has(url));
    const pool = live.length > 0 ? live : this.apis;
    const url = pool[this.turn++ % pool.length];
    this.sent.set(url, (this.sent.get(url) ?? 0) + 1);
    return url;
  }

  /** `request`, addressed to any origin, sent to the next api. */
  readonly send = async (request: Request, init: { signal: AbortSignal }): Promise<Response> => {
    const { pathname, search } = new URL(request.url);
    const body = request.body ? await request.arrayBuffer() : undefined;
    return fetch(`${this.next()}${pathname}${search}`, {
      method: request.method,
      headers: request.headers,
      body,
      signal: init.signal,
    });
  };
}
