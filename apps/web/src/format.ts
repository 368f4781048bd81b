const TZ = 'Asia/Ho_Chi_Minh';
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** `23/11/2026 08:00` in Vietnam time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export const formatDate = (iso: string | null | undefined): string =>
  iso ? dateOnly.format(new Date(iso)) : '—';

const SHIFT = 7 * 60 * 60 * 1000;

/** `2026-11-23` for an instant, on the Vietnam calendar. */
export const vnDay = (at: Date): string => new Date(at.getTime() + SHIFT).toISOString().slice(0, 10);

/** Midnight of a Vietnam calendar day (`yyyy-mm-dd`), with its offset. */
export const vnMidnight = (day: string): string => `${day}T00:00:00+07:00`;

export const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** `3 giờ 20 phút` of working time. */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} phút`;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

export const percent = (value: number | null): string =>
  value === null ? '—' : `${value.toLocaleString('vi-VN')}%`;

/** A trend label (`2026-10`, or a week's Monday `2026-10-05`) as read in Vietnam: `10/2026`, `05/10/2026`. */
export const formatBucket = (label: string): string => label.split('-').reverse().join('/');

/**
 * The caption of a report, from the period the server computed (never from the form's current dates): its first
 * and last calendar days (`to` is exclusive), while the period runs the instant its figures stop at, and what the
 * server says of where it read them (a replica's lag, or why it read the primary instead).
 */
export function reportCaption(report: {
  from: string;
  to: string;
  asOf: string;
  readFrom?: { note: string | null };
}): string {
  const last = new Date(new Date(report.to).getTime() - 1).toISOString();
  const period = `Kỳ báo cáo từ ${formatDate(report.from)} đến ${formatDate(last)}`;
  const caption =
    new Date(report.asOf) < new Date(report.to)
      ? `${period}, số liệu tính đến ${formatDateTime(report.asOf)}`
      : period;
  return report.readFrom?.note ? `${caption}. ${report.readFrom.note}` : caption;
}

/** `1.000.000 đồng`: Vietnamese thousands separator. */
export const formatDong = (amount: number): string =>
  `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
