/**
 * A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, null), as `structuredClone`
 * makes it but without its serialisation: machine states are small and copied on every transition.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = cloneJson((value as Record<string, unknown>)[key]);
    // A key named __proto__ (JSON.parse makes it an own property) stays a key, as structuredClone keeps it.
    if (key === '__proto__')
      Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true });
    else copy[key] = item;
  }
  return copy as T;
}
