export * from './report-columns.config';
export * from './period-query.dto';
export * from './report-export.rules';
export * from './report.module';
export * from './report.service';
export * from './trend-query.dto';
export { handlingCounts } from './report-counts.rules';
export {
  COUNT_COLUMNS,
  DONE_IN_PERIOD,
  HANDLING_COUNTS,
  HANDLING_SOURCE,
  sumsOf,
} from './report-handling.sql';
export { readPeriod, type ReportPeriod, reportPeriod } from './report-period.rules';
export { vietnamInstant, vietnamPeriod } from './report-heading.rules';
export type { HandlingSqlRow } from './report.repository';
export * from './report-source.rules';
