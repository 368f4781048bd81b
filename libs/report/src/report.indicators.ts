import { MINUTES_PER_WORKING_DAY, type WorkingCalendar } from '@motcua/calendar';
import type { Indicator, ProcessingTime } from './report.dto';
import { COUNT_COLUMNS } from './report.handling.sql';
import type { HandlingSqlRow, IndicatorSqlRow } from './report.repository';

const MINUTE_MS = 60_000;

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The grand total of the per-procedure rows, as the total row of the handling report. */
export function totalOf(rows: IndicatorSqlRow[]): HandlingSqlRow {
  const total = { key: null, label: null } as HandlingSqlRow;
  for (const column of COUNT_COLUMNS)
    total[column] = String(rows.reduce((sum, row) => sum + Number(row[column]), 0));
  return total;
}

/**
 * Per procedure with dossiers done in the period, their mean working days from clock start to finish. A
 * dossier outside the calendar's years cannot be measured, as workingMinutesBetween refuses it.
 */
export function processingTimes(rows: IndicatorSqlRow[], calendar: WorkingCalendar): ProcessingTime[] {
  if (rows.some((r) => Number(r.done_outside) > 0)) {
    const { fromYear, toYear } = calendar.coverage;
    throw new RangeError(
      `a dossier done in the period is outside the calendar's coverage (${fromYear}–${toYear}); ` +
        'add the years to workflows/calendars or widen fromYear/toYear',
    );
  }
  return rows
    .filter((r) => Number(r.done) > 0)
    .map((r) => ({
      procedureCode: r.key,
      procedureName: r.done_name!,
      count: Number(r.done),
      averageWorkingDays: round2(
        Number(r.done_working_ms) / MINUTE_MS / Number(r.done) / MINUTES_PER_WORKING_DAY,
      ),
    }));
}

export const DIGITISATION_FORMULA =
  'dossiers received in the period whose every component handed in has a file attached and checked by reception / dossiers received in the period × 100 (Circular 01/2023/TT-VPCP; Decision 766/QĐ-TTg)';

/** The digitisation rate of Decision 766: dossiers received in the period with every component digitised. */
export function digitisationIndicator(counts: { received: number; digitised: number }): Indicator {
  const { received, digitised } = counts;
  return {
    key: 'digitisationRate',
    name: 'Tỷ lệ số hóa hồ sơ',
    value: received === 0 ? null : round2((digitised / received) * 100),
    numerator: digitised,
    denominator: received,
    formula: DIGITISATION_FORMULA,
  };
}
