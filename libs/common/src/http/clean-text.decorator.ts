import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Characters no name needs and that make one lie about itself: control characters, format characters (zero-width
 * spaces and joiners, bidirectional overrides and isolates, the BOM, soft hyphens), line and paragraph separators,
 * private-use and lone surrogates. "Nguyễn\u200BVăn" shows as "NguyễnVăn" and is found by no search;
 * U+202E turns the rest of a line around on screen and on a printed form.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** The forbidden characters of `value`, as U+XXXX, in order, once each. Pure. */
export function forbiddenInName(value: string): string[] {
  const found = value.match(FORBIDDEN) ?? [];
  return [...new Set(found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
}

/**
 * Unicode NFC: one spelling for one text. Vietnamese typed on some systems arrives decomposed ("e" + U+0302 +
 * U+0303 for "ễ"), looks the same, and is not equal to, nor found by a search for, the composed form.
 */
export const toNfc = (value: unknown): unknown =>
  typeof value === 'string' ? value.normalize('NFC') : value;

/** Stores the field in NFC (a transform, so it runs before the validators). */
export const NormalizeNfc = (): PropertyDecorator => Transform(({ value }) => toNfc(value));

/** A person's or a place's name: no character of FORBIDDEN. */
export function IsCleanName(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCleanName',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || forbiddenInName(value).length === 0,
        defaultMessage: (args) =>
          `${args?.property} must not contain control, zero-width or bidirectional characters (found ${forbiddenInName(String(args?.value)).join(', ')})`,
      },
    });
}
