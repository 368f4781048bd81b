import type { SourceError } from '../source-error';

/** An error a person can act on: it names the file, a line that exists in it, and says something. */
export function expectExplained(error: SourceError, file: string, text: string): void {
  expect(error.file).toBe(file);
  expect(Number.isInteger(error.line)).toBe(true);
  expect(error.line).toBeGreaterThanOrEqual(1);
  expect(error.line).toBeLessThanOrEqual(text.split('\n').length);
  expect(typeof error.message).toBe('string');
  expect(error.message.trim()).not.toBe('');
}
