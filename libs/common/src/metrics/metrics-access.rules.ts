import { timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'allow' | 'unauthorized' | 'off';

const same = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Who may read /metrics. With METRICS_TOKEN set, only a request bearing it (`Authorization: Bearer <token>`).
 * Without one, anyone outside production (a developer's Prometheus); in production nobody: the route is off, as
 * if it did not exist, since queue depths and dossier counts tell an outsider how the center works.
 */
export function metricsAccess(
  production: boolean,
  token: string | undefined,
  authorization?: string,
): MetricsAccess {
  if (!token) return production ? 'off' : 'allow';
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  return same(given, token) ? 'allow' : 'unauthorized';
}
