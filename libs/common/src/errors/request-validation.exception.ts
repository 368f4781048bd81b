import type { ValidationError } from 'class-validator';
import { AppException } from './app.exception';

export interface FieldError {
  field: string;
  messages: string[];
}

// A key that is not a plain name (empty, spaces, dots) is quoted, so that the message still shows which one.
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$|^\d+$/;
export const keyLabel = (key: string): string => (PLAIN_KEY.test(key) ? key : JSON.stringify(key));

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${keyLabel(e.property)}` : keyLabel(e.property);
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** 400 naming every field that failed, e.g. "applicant.phone: phone must be ...". */
export class RequestValidationException extends AppException {
  constructor(readonly fields: FieldError[]) {
    super('VALIDATION_FAILED', fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | '), {
      fields,
    });
  }
}
