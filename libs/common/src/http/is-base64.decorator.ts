import { registerDecorator, type ValidationOptions } from 'class-validator';

const isBase64Char = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;

/**
 * Padded standard base64, checked in one pass over the characters. class-validator's IsBase64 runs a regular
 * expression that overflows the stack on a document of a few megabytes (a 500 instead of the upload).
 */
export function isBase64Content(value: unknown): boolean {
  if (typeof value !== 'string' || value.length % 4 !== 0) return false;
  let end = value.length;
  if (value.endsWith('==')) end -= 2;
  else if (value.endsWith('=')) end -= 1;
  for (let i = 0; i < end; i++) if (!isBase64Char(value.charCodeAt(i))) return false;
  return true;
}

/** A file's content as padded standard base64. */
export function IsBase64Content(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBase64',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be base64 encoded', ...options },
      validator: { validate: isBase64Content },
    });
}
