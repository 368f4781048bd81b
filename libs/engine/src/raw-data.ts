export type Raw = Record<string, unknown>;

export const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const recordAt = (value: unknown, key: string): Raw => {
  const child = isRecord(value) ? value[key] : undefined;
  return isRecord(child) ? child : {};
};

export const listAt = (value: unknown, key: string): unknown[] => {
  const child = isRecord(value) ? value[key] : undefined;
  return Array.isArray(child) ? child : [];
};

export const stringAt = (value: unknown, key: string): string | undefined => {
  const child = isRecord(value) ? value[key] : undefined;
  return typeof child === 'string' ? child : undefined;
};

export const numberAt = (value: unknown, key: string): number | undefined => {
  const child = isRecord(value) ? value[key] : undefined;
  return typeof child === 'number' && Number.isFinite(child) ? child : undefined;
};

export const stringsAt = (value: unknown, key: string): string[] =>
  listAt(value, key).filter((item): item is string => typeof item === 'string');

export function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let at = data;
  for (const part of path) {
    if (Array.isArray(at) && typeof part === 'number') at = at[part];
    else if (isRecord(at) && typeof part === 'string') at = at[part];
    else return undefined;
  }
  return at;
}

/** Items of a list with their index, so that errors can point back at the source. */
export const indexed = <T>(items: T[]): Array<[T, number]> => items.map((item, index) => [item, index]);
