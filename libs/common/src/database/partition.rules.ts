/**
 * Monthly range partitions of the tables that grow with every dossier. A month is a calendar month in Vietnam
 * time (UTC+07:00, no daylight saving), so a monthly or yearly report, whose periods start at Vietnamese
 * midnight, reads whole partitions.
 */
export interface PartitionedTable {
  table: string;
  /** The timestamptz column the table is partitioned on. */
  column: string;
}

export const PARTITIONED_TABLES: readonly PartitionedTable[] = [
  { table: 'dossier_event', column: 'occurred_at' },
  { table: 'outbox', column: 'created_at' },
  { table: 'portal_sync_message', column: 'created_at' },
  { table: 'notification', column: 'created_at' },
  { table: 'notification_delivery', column: 'created_at' },
  { table: 'citizen_notice', column: 'created_at' },
];

/** Months created ahead of the current one, by the migration, at the worker's start and by its periodic job. */
export const MONTHS_AHEAD = 3;

/** A calendar month, `month` 1–12. */
export interface Month {
  year: number;
  month: number;
}

export interface MonthRange {
  /** The partition's table name, `<table>_p<yyyy><mm>`. */
  name: string;
  month: Month;
  from: Date;
  to: Date;
}

const VN_OFFSET_MS = 7 * 3_600_000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` as a month, or null when it is not one. */
export function parseMonth(text: string): Month | null {
  const match = MONTH.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export const formatMonth = ({ year, month }: Month): string => `${year}-${String(month).padStart(2, '0')}`;

/** The month (Vietnam time) an instant falls in. */
export function monthOf(instant: Date): Month {
  const local = new Date(instant.getTime() + VN_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

export function addMonths({ year, month }: Month, n: number): Month {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first instant of a month: its first day at 00:00 in Vietnam. */
export function monthStart({ year, month }: Month): Date {
  return new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS);
}

export const partitionName = (table: string, { year, month }: Month): string =>
  `${table}_p${year}${String(month).padStart(2, '0')}`;

export function monthRange(table: string, month: Month): MonthRange {
  return {
    name: partitionName(table, month),
    month,
    from: monthStart(month),
    to: monthStart(addMonths(month, 1)),
  };
}

/** The partitions a table should have at `now`: from `first` (default: now's month) to MONTHS_AHEAD after now's. */
export function monthsToEnsure(table: string, now: Date, first: Month = monthOf(now)): MonthRange[] {
  const last = addMonths(monthOf(now), MONTHS_AHEAD);
  const ranges: MonthRange[] = [];
  for (let m = first; m.year * 12 + m.month <= last.year * 12 + last.month; m = addMonths(m, 1))
    ranges.push(monthRange(table, m));
  return ranges;
}

/**
 * The first month of monthly partitions after an unpartitioned table is attached whole below it: the month after
 * the later of `now` and its latest row, one more when that is within a day of its end (rows go on arriving while
 * the migration runs, and must all stay below the bound).
 */
export function legacyUpperBound(now: Date, latest: Date | null): Month {
  const later = latest && latest > now ? latest : now;
  return addMonths(monthOf(new Date(later.getTime() + 86_400_000)), 1);
}

/** The range of a partition, as PostgreSQL prints it (pg_get_expr of relpartbound); null for the default one. */
export interface PartitionBound {
  from: Date | null;
  to: Date | null;
}

const BOUND = /^FOR VALUES FROM \((MINVALUE|'[^']+')\) TO \((MAXVALUE|'[^']+')\)$/;

export function parseBound(text: string): PartitionBound | 'default' {
  if (text === 'DEFAULT') return 'default';
  const match = BOUND.exec(text);
  if (!match) throw new Error(`not a range partition bound: ${text}`);
  const instant = (value: string): Date | null =>
    value.startsWith("'")
      ? new Date(
          value
            .slice(1, -1)
            .replace(' ', 'T')
            .replace(/([+-]\d\d)$/, '$1:00'),
        )
      : null;
  return { from: instant(match[1]), to: instant(match[2]) };
}

/** Whether a partition holds only instants before `month` (Vietnam time): it may then be archived. */
export function whollyBefore(bound: PartitionBound | 'default', month: Month): boolean {
  return bound !== 'default' && bound.to !== null && bound.to <= monthStart(month);
}
