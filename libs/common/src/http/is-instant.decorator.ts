import { isISO8601, registerDecorator, type ValidationOptions } from 'class-validator';

/** ISO 8601 that JavaScript reads as a date: week dates (2026-W48-1) and ordinal dates (2026-327) are not. */
export const isInstant = (value: unknown): boolean =>
  typeof value === 'string' && isISO8601(value, { strict: true }) && Number.isFinite(Date.parse(value));

/** An ISO 8601 date or instant such as 2026-11-23T08:00:00+07:00, which the services can turn into a Date. */
export function IsInstant(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be an ISO 8601 instant such as 2026-11-23T08:00:00+07:00',
        ...options,
      },
      validator: { validate: isInstant },
    });
}
