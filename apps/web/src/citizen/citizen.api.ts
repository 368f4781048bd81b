/** The public dossier view (GET /api/v1/public/dossiers/:code?key=), as the page reads it. */
export interface PublicStep {
  id: string;
  name: string;
  unit: string | null;
}

export interface PublicDossier {
  code: string;
  procedure: { code: string; name: string };
  status: string;
  portalStatus: number;
  receivingUnit: string;
  receivedAt: string;
  appointmentAt: string | null;
  limit: { statutory: string; conditions: string[]; applied: string | null };
  resultReadyAt: string | null;
  finishedAt: string | null;
  currentStep: PublicStep | null;
  timeline: Array<{
    action: string;
    from: PublicStep | null;
    to: PublicStep | null;
    status: string;
    portalStatus: number;
    at: string;
  }>;
  supplement: { reason: string; items: string[]; requestedAt: string } | null;
  apology: {
    agency: string;
    newAppointmentAt: string;
    reason: string;
    issuedAt: string;
    text: string;
  } | null;
  collection: { place: string; byPost: boolean; readySince: string } | null;
  fees: Array<{ name: string; amount: number }>;
  feesTotal: number;
  paid: boolean;
  result: { number: string; issuedAt: string; signer: string; downloadable: boolean } | null;
}

export interface Rating {
  overall: number;
  onTime: number;
  staffAttitude: number;
  guidance: number;
  comment?: string;
}

export class LookupError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const BASE = '/api/v1/public/dossiers';
const path = (code: string, key: string, tail = '') =>
  `${BASE}/${encodeURIComponent(code)}${tail}?key=${encodeURIComponent(key)}`;

async function send<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = (await res.json().catch(() => ({}))) as { code?: string };
  if (!res.ok) throw new LookupError(res.status, body.code ?? 'ERROR');
  return body as T;
}

export const lookup = (code: string, key: string): Promise<PublicDossier> => send(path(code, key));

export const resultUrl = (code: string, key: string): string => path(code, key, '/result');

export const rate = (code: string, key: string, rating: Rating): Promise<{ ratedAt: string }> =>
  send(path(code, key, '/rating'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rating),
  });
