import { AppException } from '@motcua/common';

export enum ReportErrorCode {
  BadPeriod = 'BAD_PERIOD',
  PeriodNotStarted = 'PERIOD_NOT_STARTED',
  TooManyBuckets = 'TOO_MANY_BUCKETS',
}

export class ReportException extends AppException<ReportErrorCode> {
  static badPeriod(): ReportException {
    return new ReportException(ReportErrorCode.BadPeriod, '`from` must be a valid instant before `to`');
  }

  static notStarted(from: string): ReportException {
    return new ReportException(
      ReportErrorCode.PeriodNotStarted,
      `Kỳ báo cáo chưa bắt đầu (từ ${from}): chưa có số liệu để tổng hợp`,
      { from },
    );
  }

  static tooManyBuckets(max: number): ReportException {
    return new ReportException(
      ReportErrorCode.TooManyBuckets,
      `the period spans more than ${max} intervals; choose a shorter period or a longer interval`,
      { max },
    );
  }
}
