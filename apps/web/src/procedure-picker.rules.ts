export interface PickerFilter {
  query: string;
  field: string;
  level: string;
}

interface Pickable {
  code: string;
  localCode?: string;
  name: string;
  field: string;
  level: string;
}

/** Lower case, without Vietnamese diacritics (đ → d), so "nguyen van" finds "Nguyễn Văn". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** The procedures whose code, local code or name hold every word typed, in the field and level chosen. */
export function filterProcedures<T extends Pickable>(list: T[], filter: PickerFilter): T[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return list.filter((p) => {
    if (filter.field && p.field !== filter.field) return false;
    if (filter.level && p.level !== filter.level) return false;
    const text = fold(`${p.code} ${p.localCode ?? ''} ${p.name}`);
    return words.every((w) => text.includes(w));
  });
}

/** The distinct values of a key, sorted the Vietnamese way. */
export const choicesOf = <T extends Pickable>(list: T[], key: 'field' | 'level'): string[] =>
  [...new Set(list.map((p) => p[key]))].sort((a, b) => a.localeCompare(b, 'vi'));
