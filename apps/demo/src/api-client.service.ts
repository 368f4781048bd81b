import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@motcua/contract';

/** A failed call: `status` 0 when the api could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly requestId?: string,
  ) {
    super(message);
  }

  describe(): string {
    const allowed = Array.isArray(this.details?.allowed)
      ? ` (allowed: ${this.details.allowed.join(', ')})`
      : '';
    const id = this.requestId ? ` [request ${this.requestId}]` : '';
    return `${this.status || 'no answer'} ${this.code}: ${this.message}${allowed}${id}`;
  }
}

export interface CallOptions {
  token?: string;
  requestId?: string;
}

/** The per-call headers of a call: the user's token and the request id that the api logs. */
export function callHeaders({ token, requestId }: CallOptions): Record<string, string> {
  return {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(requestId ? { 'x-request-id': requestId } : {}),
  };
}

/** `GET /api/v1/dossiers/X` as `GET /dossiers/X`, for messages. */
const described = (request: Request): string =>
  `${request.method} ${new URL(request.url).pathname.replace(/^\/api\/v1/, '')}`;

async function failure(request: Request, res: Response): Promise<ApiError> {
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: reported with the status.
  }
  const err = (parsed ?? {}) as { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown };
  return new ApiError(
    res.status,
    typeof err.code === 'string' ? err.code : `HTTP_${res.status}`,
    `${described(request)}: ${typeof err.message === 'string' ? err.message : text.slice(0, 200) || res.statusText}`,
    typeof err.details === 'object' && err.details !== null
      ? (err.details as Record<string, unknown>)
      : undefined,
    typeof err.requestId === 'string'
      ? err.requestId
      : (res.headers.get('x-request-id') ?? request.headers.get('x-request-id') ?? undefined),
  );
}

/** A non-2xx answer, or no answer at all, thrown as an ApiError with the api's stable code. */
const failures: Middleware = {
  onResponse: async ({ request, response }) => {
    if (!response.ok) throw await failure(request, response);
  },
  onError: ({ request, error }) =>
    new ApiError(
      0,
      'UNREACHABLE',
      `${described(request)}: ${(error as Error).message}`,
      undefined,
      request.headers.get('x-request-id') ?? undefined,
    ),
};

/** Sends one request: `fetch`, or what stands in front of several apis (a balancer). */
export type Send = (request: Request, init: { signal: AbortSignal }) => Promise<Response>;

/** The api's contract (libs/contract) over fetch against `<baseUrl>`; a failed call throws an ApiError. */
export class ApiClientService {
  readonly client: Client<paths>;

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 15_000,
    send: Send = fetch,
  ) {
    this.client = createClient<paths>({
      baseUrl,
      headers: { accept: 'application/json' },
      fetch: (request) => send(request, { signal: AbortSignal.timeout(this.timeoutMs) }),
    });
    this.client.use(failures);
  }

  /** The data of a call that succeeded; `request` makes the call (again, for a client that retries). */
  async call<D>(request: () => Promise<{ data?: D }>): Promise<D> {
    return (await request()).data as D;
  }

  /** True when `<baseUrl>/health` answers 200. */
  async healthy(): Promise<boolean> {
    try {
      const res = await fetch(`${this.baseUrl}/health`, { signal: AbortSignal.timeout(this.timeoutMs) });
      return res.ok;
    } catch {
      return false;
    }
  }
}
