import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../../../libs/contract/src/api';
import { ApiError } from './api.error';
import { saveDraft } from './draft.store';
import { clearSession, loadSession } from './session.store';

export { ApiError } from './api.error';

type Query = Record<string, string | number | undefined | null>;

let onUnauthorized: () => void = () => undefined;

// Where a 401 does not mean that the session ended during work: a password typed wrong, or a logout.
const NOT_EXPIRY = new Set(['/api/v1/auth/login', '/api/v1/auth/password', '/api/v1/auth/logout']);

/** Called when the token is rejected: the console keeps the page's draft and goes back to the login screen. */
export const setUnauthorizedHandler = (handler: () => void): void => {
  onUnauthorized = handler;
};

/** The query as the api reads it: empty values left out. */
function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  return params.toString();
}

function authorize(headers: Headers): void {
  const token = loadSession()?.token;
  if (token) headers.set('Authorization', `Bearer ${token}`);
}

/** Throws a non-2xx answer as an ApiError; a 401 during work keeps the draft and ends the session. */
async function fail(res: Response, schemaPath: string): Promise<never> {
  const err = (await res.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    details?: Record<string, unknown>;
  };
  if (res.status === 401 && !NOT_EXPIRY.has(schemaPath)) {
    const session = loadSession();
    if (session) saveDraft(session.user.username);
    clearSession();
    onUnauthorized();
  }
  throw new ApiError(res.status, err.code ?? `HTTP_${res.status}`, err.message, err.details);
}

const session: Middleware = {
  onRequest: ({ request }) => authorize(request.headers),
  onResponse: async ({ response, schemaPath }) => (response.ok ? undefined : fail(response, schemaPath)),
  onError: () => new ApiError(0, 'NETWORK'),
};

/** The api, each call checked against its contract (libs/contract); a failed call throws an ApiError. */
export const client = createClient<paths>({
  baseUrl: '',
  headers: { Accept: 'application/json' },
  querySerializer: (query) => queryString(query as Query),
  fetch: (request) => fetch(request),
});
client.use(session);

/** The data of a call that succeeded (a failed one has thrown already). */
export const call = async <D>(request: Promise<{ data?: D }>): Promise<D> => (await request).data as D;

/**
 * A POST whose body is a file (a PDF, its particulars in the query) or a multipart form: outside openapi-fetch,
 * whose body types follow the contract's schema rather than a Blob or a FormData.
 */
export async function upload<T>(path: string, body: Blob | FormData, query?: Query): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  authorize(headers);
  if (body instanceof Blob) headers.set('Content-Type', body.type || 'application/octet-stream');
  const qs = queryString(query);
  let res: Response;
  try {
    res = await fetch(`${path}${qs ? `?${qs}` : ''}`, { method: 'POST', headers, body });
  } catch {
    throw new ApiError(0, 'NETWORK');
  }
  if (!res.ok) return fail(res, path);
  return (await res.json()) as T;
}

/** Opens a document the api serves behind the token (forms, exports) in a new tab. */
export async function openDocument(load: () => Promise<Blob>): Promise<void> {
  const tab = window.open('', '_blank');
  let blob: Blob;
  try {
    blob = await load();
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
export async function downloadDocument(blob: Promise<Blob>, filename: string): Promise<void> {
  const href = URL.createObjectURL(await blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
