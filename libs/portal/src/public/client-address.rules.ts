import { isIPv4, isIPv6 } from 'node:net';

/** The hextets of an IPv6 address, `::` expanded (an embedded IPv4 tail counts as two). */
function hextets(address: string): string[] {
  const withoutZone = address.split('%')[0];
  const [head, tail] = withoutZone.includes('::') ? withoutZone.split('::') : [withoutZone, undefined];
  const part = (s: string | undefined): string[] =>
    s ? s.split(':').flatMap((h) => (h.includes('.') ? ['0', '0'] : [h])) : [];
  const left = part(head);
  const right = part(tail);
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((h) => h.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * The bucket a client address counts in: an IPv4 address as itself (also when written IPv4-mapped), an IPv6
 * address by its /64, the smallest block a home or a mobile phone is given (RFC 6177), so that a client cannot
 * take a fresh address of its block for each try.
 */
export function addressBucket(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address.split('%')[0])) return 'unknown';
  return `${hextets(address).slice(0, 4).join(':')}::/64`;
}
