import { AppException } from '@motcua/common';

export enum FormErrorCode {
  UnknownForm = 'FORM_UNKNOWN',
  NotApplicable = 'FORM_NOT_APPLICABLE',
  UnknownUnit = 'UNKNOWN_UNIT',
  Forbidden = 'FORM_FORBIDDEN',
  BadPeriod = 'BAD_PERIOD',
}

export class FormException extends AppException<FormErrorCode> {}
