import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum FormErrorCode {
  UnknownForm = 'FORM_UNKNOWN',
  NotApplicable = 'FORM_NOT_APPLICABLE',
}

const STATUS: Record<FormErrorCode, HttpStatus> = {
  [FormErrorCode.UnknownForm]: HttpStatus.NOT_FOUND,
  [FormErrorCode.NotApplicable]: HttpStatus.CONFLICT,
};

export class FormException extends AppException {
  constructor(code: FormErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}
