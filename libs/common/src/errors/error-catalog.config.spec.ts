import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CATALOG } from './error-catalog.config';

const ROOT = join(__dirname, '../../../..');
const CODE = /'([A-Z][A-Z0-9_]{2,})'/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

// Each domain's codes: `export enum XErrorCode { Member = 'CODE', ... }`, by `XErrorCode.Member`.
const enumCodes = new Map<string, string>();
for (const { text } of files) {
  for (const [, name, body] of text.matchAll(/export enum (\w+ErrorCode) \{([^}]*)\}/g)) {
    for (const [, member, code] of body!.matchAll(/(\w+) = '([A-Z0-9_]+)'/g)) {
      enumCodes.set(`${name}.${member}`, code!);
    }
  }
}

/** The codes thrown: an enum member used outside its declaration, or a literal code in the HTTP layer's files. */
function thrownCodes(): Map<string, string[]> {
  const thrown = new Map<string, string[]>();
  const add = (code: string, path: string) => thrown.set(code, [...(thrown.get(code) ?? []), path]);
  for (const { path, text } of files) {
    const outside = text.replace(/export enum \w+ErrorCode \{[^}]*\}/g, '');
    for (const [ref] of outside.matchAll(/\b\w+ErrorCode\.\w+/g)) add(enumCodes.get(ref) ?? ref, path);
    if (
      /^libs\/common\/src\/errors\/(all-exceptions\.filter|request-validation\.exception)\.ts$/.test(path)
    ) {
      for (const [, code] of text.matchAll(CODE)) add(code!, path);
    }
  }
  return thrown;
}

describe('the error catalog', () => {
  const declared = Object.keys(ERROR_CATALOG);
  const thrown = thrownCodes();

  it('declares only codes that apps/ or libs/ throw', () => {
    expect(declared.length).toBeGreaterThan(100);
    expect(declared.filter((code) => !thrown.has(code))).toEqual([]);
  });

  it('has every code that is thrown', () => {
    expect([...thrown].filter(([code]) => !(code in ERROR_CATALOG))).toEqual([]);
  });

  it('is the error table of docs/api.md, code for code and status for status', () => {
    const doc = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
    const rows = new Map(
      [...doc.matchAll(/^\| `([A-Z0-9_]+)` +\| (\d{3}) /gm)].map(([, code, status]) => [
        code!,
        Number(status),
      ]),
    );
    expect(Object.fromEntries(rows)).toEqual(
      Object.fromEntries(Object.entries(ERROR_CATALOG).map(([code, entry]) => [code, entry.status])),
    );
  });

  it('merges the old spellings: one code for an unknown unit, one for an unknown procedure', () => {
    const old = ['UNIT_NOT_FOUND', 'UNIT_UNKNOWN', 'PROCEDURE_NOT_FOUND'];
    expect(old.filter((code) => code in ERROR_CATALOG || thrown.has(code))).toEqual([]);
    expect([ERROR_CATALOG.UNKNOWN_UNIT.status, ERROR_CATALOG.UNKNOWN_PROCEDURE.status]).toEqual([422, 422]);
  });
});
