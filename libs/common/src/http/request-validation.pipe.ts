import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import {
  type FieldError,
  flattenValidationErrors,
  keyLabel,
  RequestValidationException,
} from '../errors/request-validation.exception';

const NUL = '\u0000';

/** The paths of the strings in `value` (keys included) that hold a NUL character. */
function nulPaths(value: unknown, at: string): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [at] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = at ? `${at}.${keyLabel(key)}` : keyLabel(key);
    return key.includes(NUL) ? [path] : nulPaths(child, path);
  });
}

/**
 * The global validation pipe: the project's ValidationPipe options, and no NUL character anywhere in a body,
 * query or path parameter. PostgreSQL cannot store one in text, so it would otherwise fail as a 500.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (errors) => new RequestValidationException(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const fields: FieldError[] = nulPaths(value, metadata.data ?? '').map((field) => ({
        field: field || metadata.type,
        messages: [`${field || metadata.type} must not contain the NUL character (\\u0000)`],
      }));
      if (fields.length > 0) throw new RequestValidationException(fields);
    }
    return super.transform(value, metadata);
  }
}
