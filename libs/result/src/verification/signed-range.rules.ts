/** Where a PDF's last signature sits: its ByteRange, the CMS in /Contents and the dictionary's SubFilter. */
export interface SignedRange {
  byteRange: [number, number, number, number];
  /** The two signed parts, joined: everything but the /Contents hex string. */
  signedBytes: Buffer;
  /** The CMS, as written in /Contents (with the zero padding of its placeholder). */
  contents: Buffer;
  subFilter: string | null;
}

export type RangeProblem = 'NO_SIGNATURE' | 'BYTE_RANGE_INCOMPLETE';

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const SUB_FILTER = /\/SubFilter\s*\/([A-Za-z0-9.]+)/g;
const HEX = /^[0-9A-Fa-f]*$/;
// How far before the ByteRange, or after the /Contents string, the same dictionary's SubFilter may be written.
const DICTIONARY_SPAN = 4096;

/**
 * The last signature of `pdf`, when its ByteRange covers the whole file but the /Contents hex string: starts at
 * 0, the gap is exactly `<hex>`, and the second part ends at the end of the file (nothing appended after signing).
 */
export function signedRangeOf(pdf: Buffer): SignedRange | RangeProblem {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(BYTE_RANGE)];
  const last = matches.at(-1);
  if (!last) return 'NO_SIGNATURE';
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  const gap = text.slice(b, c);
  const whole = a === 0 && b > 0 && c > b && c + d === pdf.length;
  if (!whole || gap.length < 2 || gap[0] !== '<' || gap.at(-1) !== '>' || !HEX.test(gap.slice(1, -1)))
    return 'BYTE_RANGE_INCOMPLETE';
  // The dictionary around the ByteRange, the /Contents hex string (which holds no name) left out.
  const around =
    text.slice(Math.max(0, Math.min(last.index, b) - DICTIONARY_SPAN), b) +
    text.slice(c, Math.max(c, last.index) + DICTIONARY_SPAN);
  const subFilters = [...around.matchAll(SUB_FILTER)];
  return {
    byteRange: [a, b, c, d],
    signedBytes: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]),
    contents: Buffer.from(gap.slice(1, -1), 'hex'),
    subFilter: subFilters.at(-1)?.[1] ?? null,
  };
}
