import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum ReportErrorCode {
  BadPeriod = 'BAD_PERIOD',
  PeriodNotStarted = 'PERIOD_NOT_STARTED',
  TooManyBuckets = 'TOO_MANY_BUCKETS',
}

export class ReportException extends AppException {
  static badPeriod(): ReportException {
    return new ReportException(
      ReportErrorCode.BadPeriod,
      '`from` must be a valid instant before `to`',
      HttpStatus.BAD_REQUEST,
    );
  }

  static notStarted(from: string): ReportException {
    return new ReportException(
      ReportErrorCode.PeriodNotStarted,
      `Kỳ báo cáo chưa bắt đầu (từ ${from}): chưa có số liệu để tổng hợp`,
      HttpStatus.BAD_REQUEST,
      { from },
    );
  }

  static tooManyBuckets(max: number): ReportException {
    return new ReportException(
      ReportErrorCode.TooManyBuckets,
      `the period spans more than ${max} intervals; choose a shorter period or a longer interval`,
      HttpStatus.BAD_REQUEST,
      { max },
    );
  }
}
