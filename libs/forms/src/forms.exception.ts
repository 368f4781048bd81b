import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum FormErrorCode {
  UnknownForm = 'FORM_UNKNOWN',
  NotApplicable = 'FORM_NOT_APPLICABLE',
  UnknownUnit = 'UNIT_UNKNOWN',
  Forbidden = 'FORM_FORBIDDEN',
  BadPeriod = 'BAD_PERIOD',
}

const STATUS: Record<FormErrorCode, HttpStatus> = {
  [FormErrorCode.UnknownForm]: HttpStatus.NOT_FOUND,
  [FormErrorCode.NotApplicable]: HttpStatus.CONFLICT,
  [FormErrorCode.UnknownUnit]: HttpStatus.NOT_FOUND,
  [FormErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [FormErrorCode.BadPeriod]: HttpStatus.BAD_REQUEST,
};

export class FormException extends AppException {
  constructor(code: FormErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}
