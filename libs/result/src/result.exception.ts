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

/** Errors of the result: stable codes, messages in Vietnamese for the officer or the citizen who reads them. */
export class ResultException extends AppException<ResultErrorCode> {}
