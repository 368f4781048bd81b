import { HttpStatus } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { AppException } from './app.exception';

export interface FieldError {
  field: string;
  messages: string[];
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** 400 naming every field that failed, e.g. "applicant.phone: phone must be ...". */
export class RequestValidationException extends AppException {
  constructor(readonly fields: FieldError[]) {
    super(
      'VALIDATION_FAILED',
      fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | '),
      HttpStatus.BAD_REQUEST,
      { fields },
    );
  }
}
