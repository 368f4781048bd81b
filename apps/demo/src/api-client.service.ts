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
  body?: unknown;
  requestId?: string;
}

/** JSON over fetch against `<baseUrl>/api/v1`. Errors come back as ApiError with the api's stable code. */
export class ApiClientService {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 15_000,
  ) {}

  get<T>(path: string, options: CallOptions = {}): Promise<T> {
    return this.call<T>('GET', path, options);
  }

  post<T>(path: string, options: CallOptions = {}): Promise<T> {
    return this.call<T>('POST', path, options);
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

  private async call<T>(method: string, path: string, { token, body, requestId }: CallOptions): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (requestId) headers['x-request-id'] = requestId;
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new ApiError(
        0,
        'UNREACHABLE',
        `${method} ${path}: ${(error as Error).message}`,
        undefined,
        requestId,
      );
    }
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: reported below with the status.
    }
    if (res.ok) return parsed as T;
    const err = (parsed ?? {}) as {
      code?: unknown;
      message?: unknown;
      details?: unknown;
      requestId?: unknown;
    };
    throw new ApiError(
      res.status,
      typeof err.code === 'string' ? err.code : `HTTP_${res.status}`,
      `${method} ${path}: ${typeof err.message === 'string' ? err.message : text.slice(0, 200) || res.statusText}`,
      typeof err.details === 'object' && err.details !== null
        ? (err.details as Record<string, unknown>)
        : undefined,
      typeof err.requestId === 'string' ? err.requestId : (res.headers.get('x-request-id') ?? requestId),
    );
  }
}
