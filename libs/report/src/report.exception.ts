import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum ReportErrorCode {
  BadPeriod = 'BAD_PERIOD',
}

export class ReportException extends AppException {
  static badPeriod(): ReportException {
    return new ReportException(
      ReportErrorCode.BadPeriod,
      '`from` must be a valid instant before `to`',
      HttpStatus.BAD_REQUEST,
    );
  }
}
