import { createHash } from 'node:crypto';
import type { ProcedureDefinition } from '@motcua/engine';

// Where the definition was written, not what it says: comments, blank lines and moved lines change these only.
const PLACE_KEYS = new Set(['file', 'line']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !PLACE_KEYS.has(key))
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/**
 * The hash of what a procedure file says: its parsed definition without the file's name and line numbers, keys
 * in order. Two files that differ only in comments, spacing, quoting or key order have the same content.
 */
export const definitionHashOf = (definition: ProcedureDefinition): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(definition)))
    .digest('hex');
