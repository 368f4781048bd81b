import { MINUTES_PER_WORKING_DAY, type WorkingCalendar } from '@motcua/calendar';
import type { Indicator, ProcessingTime } from './period-query.dto';
import { COUNT_COLUMNS } from './report-handling.sql';
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

/** Resolved dossiers of a period (done, or refused after acceptance) and those whose result is electronic. */
export interface ElectronicResultCounts {
  resolved: number;
  electronic: number;
}

export const ELECTRONIC_RESULT_FORMULA =
  'dossiers resolved in the period (done, or refused after acceptance) with a digitally signed electronic result / dossiers resolved in the period × 100';

/**
 * Decision 766/QĐ-TTg's electronic-result rate (tỷ lệ cấp kết quả điện tử): of the dossiers finished with a result
 * in the period, the share whose result (or written refusal) was issued as a signed PDF (docs/results.md).
 */
export function electronicResultRate(c: ElectronicResultCounts): Indicator {
  return {
    key: 'electronicResultRate',
    name: 'Tỷ lệ hồ sơ có kết quả điện tử',
    value: c.resolved === 0 ? null : round2((c.electronic / c.resolved) * 100),
    numerator: c.electronic,
    denominator: c.resolved,
    formula: ELECTRONIC_RESULT_FORMULA,
  };
}
