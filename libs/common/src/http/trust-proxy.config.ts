import { isIP } from 'node:net';

/** What Express's `trust proxy` accepts from motcua: nothing, a number of hops, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isAddressOrSubnet = (entry: string): boolean => {
  if (NAMED.has(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

/**
 * `TRUST_PROXY`: `false` (default: the socket's address is the client), a number of proxy hops in front of the
 * api (1–10), or a comma-separated list of proxy addresses, subnets (CIDR) or Express's names loopback,
 * linklocal, uniquelocal. `true` is refused: it would believe any X-Forwarded-For a client cares to send, and
 * every limit would count whatever address the client invented. Returns undefined for an unusable value.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | undefined {
  const raw = (value ?? 'false').trim();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    return hops >= 1 && hops <= 10 ? hops : undefined;
  }
  const entries = raw.split(',').map((e) => e.trim());
  return entries.every(isAddressOrSubnet) ? entries : undefined;
}
