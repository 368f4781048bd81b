import type { CalendarYear, CalendarYearStatus } from './calendar-year';
import type { Shift } from './shift';

/** What a calendar knows of one of its years: where its schedule comes from and whether it is final. */
export interface YearSchedule {
  year: number;
  status: CalendarYearStatus;
  /** `file`: workflows/calendars/<year>.yaml; `derived`: computed by the Labor Code (no file). */
  origin: 'file' | 'derived';
  source: string | null;
  /** A digest of what decides working time (days off, make-up days, hours): it changes when they do. */
  fingerprint: string;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short name for a content, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function scheduleOf(
  data: CalendarYear,
  origin: YearSchedule['origin'],
  hours: readonly Shift[],
): YearSchedule {
  const content = JSON.stringify({
    off: data.daysOff.map((d) => [d.from, d.to, d.kind]).sort(),
    work: data.workingDays.map((d) => d.date).sort(),
    hours: hours.map((h) => [h.from, h.to]),
  });
  return {
    year: data.year,
    status: data.status ?? 'official',
    origin,
    source: data.source ?? null,
    fingerprint: fnv1a(content),
  };
}
