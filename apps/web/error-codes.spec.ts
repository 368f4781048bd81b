import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_TEXT } from './src/api/error.messages';

// The portal's machine-to-machine codes (signed intake and sync) never reach a console user.
const MACHINE_ONLY = /libs\/portal\/src\/(inbound|outbound)\//;

function exceptionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return exceptionFiles(path);
    return entry.name.endsWith('.exception.ts') || entry.name === 'exception.filter.ts' ? [path] : [];
  });
}

const codesIn = (text: string): string[] =>
  [...text.matchAll(/(?:=|:|\(|code:)\s*'([A-Z][A-Z0-9_]{3,})'/g)].map((m) => m[1]!);

describe('the console’s error texts', () => {
  it('word every code the api can answer a console user with', () => {
    const files = exceptionFiles(join(__dirname, '../../libs')).filter((f) => !MACHINE_ONLY.test(f));
    const codes = new Set(files.flatMap((f) => codesIn(readFileSync(f, 'utf8'))));
    expect(codes.size).toBeGreaterThan(80);
    expect([...codes].filter((code) => !(code in ERROR_TEXT)).sort()).toEqual([]);
  });
});
