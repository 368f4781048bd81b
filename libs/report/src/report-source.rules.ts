import { lags, lagText, type ReadSource, readSourceNote } from '@motcua/common';
import type { ReadFromView } from './period-query.dto';

/** Pure: where a report's figures were read, as its answer says it. */
export function readFromView(source: ReadSource, maxLagMs: number): ReadFromView {
  return {
    server: source.server,
    lagSeconds: Math.round(source.lagMs / 1000),
    fallback: source.fallback,
    note: readSourceNote(source, maxLagMs),
  };
}

/**
 * What the printed "as of" line adds after the instant, in Vietnamese: the replica's lag when the figures were read
 * there and stand visibly behind; nothing otherwise (figures read on the primary are current).
 */
export function lagSuffix(readFrom: Pick<ReadFromView, 'server' | 'lagSeconds'> | undefined): string {
  if (!readFrom || readFrom.server !== 'replica' || !lags({ lagMs: readFrom.lagSeconds * 1000 })) return '';
  return ` (bản sao dữ liệu chậm ${lagText(readFrom.lagSeconds * 1000)})`;
}
