import { findUnit, type Organization } from '@motcua/engine';

/** Who reports: the reader's unit under its parent, as an administrative document heads itself. */
export interface ReportAgency {
  parent: string | null;
  name: string;
}

/** The reader's unit and its parent; the center's name for a reader outside every unit (an administrator). */
export function reportAgencyOf(org: Organization, unitId: string): ReportAgency {
  const unit = findUnit(org, unitId);
  if (!unit) return { parent: null, name: org.center.name };
  const parent = unit.parent ? (findUnit(org, unit.parent)?.name ?? null) : null;
  return { parent, name: unit.name };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A report's +07:00 instant as people write it: `dd/mm/yyyy`, with `HH:mm` before it unless it is midnight. */
export function vietnamInstant(iso: string): string {
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(iso) ?? [];
  if (!y) return iso;
  const day = `ngày ${d}/${mo}/${y}`;
  return h === '00' && mi === '00' ? day : `${h}:${mi} ${day}`;
}

/** The day before a +07:00 midnight, as `ngày dd/mm/yyyy` (the last day of a period ending at that midnight). */
function dayBefore(iso: string): string {
  const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
  const last = new Date(Date.UTC(y, mo - 1, d - 1));
  return `ngày ${pad(last.getUTCDate())}/${pad(last.getUTCMonth() + 1)}/${last.getUTCFullYear()}`;
}

/** A period [from, to) in words: a period ending at midnight ends with the day before, else "đến trước" its end. */
export function vietnamPeriod(from: string, to: string): string {
  const end = /T00:00(:00)?(\.0+)?\+07:00$/.test(to) ? `hết ${dayBefore(to)}` : `trước ${vietnamInstant(to)}`;
  return `từ ${vietnamInstant(from)} đến ${end}`;
}
