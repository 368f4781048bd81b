import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum ResultErrorCode {
  NotRecordable = 'RESULT_NOT_RECORDABLE',
  NotResultStep = 'RESULT_NOT_AT_RESULT_STEP',
  NotStepOwner = 'RESULT_NOT_STEP_OWNER',
  AlreadyIssued = 'RESULT_ALREADY_ISSUED',
  DecisionRequired = 'RESULT_DECISION_REQUIRED',
  NotPdf = 'RESULT_NOT_PDF',
  TooLarge = 'RESULT_TOO_LARGE',
  Unsignable = 'RESULT_PDF_UNSIGNABLE',
  SigningNotConfigured = 'SIGNING_NOT_CONFIGURED',
  NoResult = 'RESULT_NOT_FOUND',
  NotReturned = 'RESULT_NOT_RETURNED',
  InvalidDate = 'RESULT_INVALID_DATE',
}

const STATUS: Record<ResultErrorCode, HttpStatus> = {
  [ResultErrorCode.NotRecordable]: HttpStatus.CONFLICT,
  [ResultErrorCode.NotResultStep]: HttpStatus.CONFLICT,
  [ResultErrorCode.NotStepOwner]: HttpStatus.FORBIDDEN,
  [ResultErrorCode.AlreadyIssued]: HttpStatus.CONFLICT,
  [ResultErrorCode.DecisionRequired]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ResultErrorCode.NotPdf]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ResultErrorCode.TooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ResultErrorCode.Unsignable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ResultErrorCode.SigningNotConfigured]: HttpStatus.SERVICE_UNAVAILABLE,
  [ResultErrorCode.NoResult]: HttpStatus.NOT_FOUND,
  [ResultErrorCode.NotReturned]: HttpStatus.CONFLICT,
  [ResultErrorCode.InvalidDate]: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** Errors of the result: stable codes, messages in Vietnamese for the officer or the citizen who reads them. */
export class ResultException extends AppException {
  constructor(code: ResultErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}
