import { DAY_MS, daysInMonth } from './local-date';

/** Vietnam keeps UTC+07:00 all year (no daylight saving), so local time is plain arithmetic. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Local day number and milliseconds since local midnight of an epoch instant. */
export function localDayOf(ms: number): { dayNumber: number; msOfDay: number } {
  const local = ms + VIETNAM_OFFSET_MS;
  const dayNumber = Math.floor(local / DAY_MS);
  return { dayNumber, msOfDay: local - dayNumber * DAY_MS };
}

export const instantOfLocal = (dayNumber: number, msOfDay: number): number =>
  dayNumber * DAY_MS + msOfDay - VIETNAM_OFFSET_MS;

/** `2026-02-23T07:30:00+07:00`; milliseconds are shown only when there are some. */
export function toVietnamIso(at: Date): string {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('toVietnamIso: invalid date');
  const iso = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  const body = iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
  return `${body}+07:00`;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads an ISO 8601 instant. Without an offset the text is Vietnam local time:
 * `2026-02-23T07:30` is `2026-02-23T07:30+07:00`.
 */
export function parseInstant(text: string): Date {
  const m = INSTANT.exec(text.trim());
  if (!m)
    throw new RangeError(
      `not an instant: '${text}' (expected e.g. 2026-02-23T07:30 or 2026-02-23T07:30:00+07:00)`,
    );
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0));
  const millis = Number((m[7] ?? '').padEnd(3, '0'));
  const valid =
    year >= 1900 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  const offset = m[8] === undefined ? VIETNAM_OFFSET_MS : offsetMs(m[8]);
  if (!valid || offset === undefined)
    throw new RangeError(`not an instant: '${text}' (no such date or time)`);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset);
}

function offsetMs(text: string): number | undefined {
  if (text === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2))];
  if (hours > 14 || minutes > 59) return undefined;
  return (text[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}
