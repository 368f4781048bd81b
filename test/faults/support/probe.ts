import { sleep } from './wait';

export interface ProbeAnswer {
  what: string;
  status: number;
  code: string | undefined;
  retryAfter: string | null;
}

/** What the api answers to a reader, a writer and /health: one round of each. */
export async function probe(apiUrl: string, token: string): Promise<ProbeAnswer[]> {
  const calls: [string, string, RequestInit][] = [
    ['GET /health', `${apiUrl}/health`, {}],
    ['GET /dossiers', `${apiUrl}/api/v1/dossiers`, { headers: { authorization: `Bearer ${token}` } }],
    [
      'POST /dossiers',
      `${apiUrl}/api/v1/dossiers`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ procedureCode: '2.000908', applicant: { fullName: 'x' }, decision: 'accept' }),
      },
    ],
  ];
  return Promise.all(
    calls.map(async ([what, url, init]) => {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
      const body = (await res.json().catch(() => ({}))) as { code?: string };
      return { what, status: res.status, code: body.code, retryAfter: res.headers.get('retry-after') };
    }),
  );
}

/** Probes every `everyMs` for `forMs`. */
export async function probeFor(apiUrl: string, token: string, forMs: number, everyMs = 1000) {
  const answers: ProbeAnswer[] = [];
  const until = Date.now() + forMs;
  while (Date.now() < until) {
    answers.push(...(await probe(apiUrl, token)));
    await sleep(everyMs);
  }
  return answers;
}
