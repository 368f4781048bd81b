import { saveDraft } from './draft.store';
import { errorText, isRetryable } from './error.messages';
import { clearSession, loadSession } from './session.store';

/** An error the api answered, its message in Vietnamese from its stable code (never the api's English). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    serverMessage?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(errorText({ status, code, message: serverMessage, details }));
  }

  /** Whether trying again may help (the network or the server), so that a "Thử lại" button makes sense. */
  get retryable(): boolean {
    return isRetryable(this.status);
  }
}

type Query = Record<string, string | number | undefined | null>;

const BASE = '/api/v1';
let onUnauthorized: () => void = () => undefined;

// Where a 401 does not mean that the session ended during work: a password typed wrong, or a logout.
const NOT_EXPIRY = new Set(['/auth/login', '/auth/password', '/auth/logout']);

/** Called when the token is rejected: the console keeps the page's draft and goes back to the login screen. */
export const setUnauthorizedHandler = (handler: () => void): void => {
  onUnauthorized = handler;
};

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function send(method: string, path: string, body?: unknown, query?: Query): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = loadSession()?.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  // A FormData body (files) carries its own multipart Content-Type, boundary included; a file (a PDF) goes as it
  // is, with its own type; anything else as JSON.
  const form = body instanceof FormData;
  const file = body instanceof Blob ? body : undefined;
  if (body !== undefined && !form)
    headers['Content-Type'] = file ? file.type || 'application/octet-stream' : 'application/json';
  let res: Response;
  try {
    res = await fetch(url(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : (file ?? JSON.stringify(body)),
    });
  } catch {
    throw new ApiError(0, 'NETWORK');
  }
  if (res.ok) return res;
  const err = (await res.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    details?: Record<string, unknown>;
  };
  if (res.status === 401 && !NOT_EXPIRY.has(path)) {
    const session = loadSession();
    if (session) saveDraft(session.user.username);
    clearSession();
    onUnauthorized();
  }
  throw new ApiError(res.status, err.code ?? `HTTP_${res.status}`, err.message, err.details);
}

export const api = {
  get: async <T>(path: string, query?: Query): Promise<T> =>
    (await (await send('GET', path, undefined, query)).json()) as T,
  post: async <T>(path: string, body: unknown): Promise<T> =>
    (await (await send('POST', path, body)).json()) as T,
  put: async <T>(path: string, body: unknown): Promise<T> =>
    (await (await send('PUT', path, body)).json()) as T,
  /** A POST answered without a body (204). */
  postNoContent: async (path: string): Promise<void> => {
    await send('POST', path, {});
  },
  /** A POST whose body is a file, its particulars in the query. */
  postFile: async <T>(path: string, file: Blob, query?: Query): Promise<T> =>
    (await (await send('POST', path, file, query)).json()) as T,
  blob: async (path: string, query?: Query): Promise<Blob> =>
    (await send('GET', path, undefined, query)).blob(),
};

/** Opens a document the api serves behind the token (forms, exports) in a new tab. */
export async function openDocument(path: string, query?: Query): Promise<void> {
  const tab = window.open('', '_blank');
  let blob: Blob;
  try {
    blob = await api.blob(path, query);
  } catch (error) {
    tab?.close();
    throw error;
  }
  const href = URL.createObjectURL(blob);
  if (tab) tab.location.href = href;
  else window.location.assign(href);
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Saves a document the api serves behind the token under `filename`. */
export async function downloadDocument(path: string, filename: string, query?: Query): Promise<void> {
  const href = URL.createObjectURL(await api.blob(path, query));
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
