import type { DataSource } from 'typeorm';
import { waitUntil } from './core-poll';

export interface HttpIntakeOptions {
  base: string;
  /** Receives the code of every dossier received, as soon as it is. */
  codes: string[];
  log?: (message: string) => void;
  token: string;
  body: (n: number) => unknown;
  count: number;
  clients: number;
}

export async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`bench: login of ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/**
 * `count` desk receptions posted by `clients` concurrent clients, then the database polled until every one of
 * those dossiers has left `accepted` (its machine started by the worker's intake job). Returns the milliseconds
 * from the first POST to the last start.
 */
export async function httpIntake(dataSource: DataSource, o: HttpIntakeOptions): Promise<number> {
  const codes: string[] = [];
  const started = performance.now();
  let next = 0;
  const client = async () => {
    for (let n = next++; n < o.count; n = next++) {
      const res = await fetch(`${o.base}/api/v1/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${o.token}` },
        body: JSON.stringify(o.body(n)),
      });
      if (res.status !== 201) throw new Error(`bench: POST /dossiers: ${res.status} ${await res.text()}`);
      const { code } = (await res.json()) as { code: string };
      codes.push(code);
      o.codes.push(code);
    }
  };
  await Promise.all(Array.from({ length: o.clients }, client));
  o.log?.(`${codes.length} received in ${(performance.now() - started).toFixed(0)} ms`);
  await waitUntil(async () => {
    const [{ n }] = (await dataSource.query(
      `SELECT count(*) AS n FROM dossier WHERE code = ANY($1) AND status <> 'accepted'`,
      [codes],
    )) as Array<{ n: string }>;
    return Number(n) === codes.length;
  });
  return performance.now() - started;
}
