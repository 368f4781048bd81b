import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
/** A backticked repository path: `apps/…`, `libs/…`, `test/…` or `scripts/…`, with an optional `:line` or `/`. */
const PATH = /`((?:apps|libs|test|scripts)\/[^`\s]*?)(?::\d+)?\/?`/g;
/** Globs and placeholders (`test/web-*`, `libs/<domain>/src/...`) name no one file. */
const PATTERN = /[*<>{}…]|\.\.\./;

/** Directories git ignores (`test/screenshots/`): what a script writes there is named before it exists. */
const IGNORED = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .filter((line) => line.endsWith('/'))
  .map((line) => line.replace(/^\//, ''));

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((file) => `docs/${file}`)].filter((file) =>
  file.endsWith('.md'),
);

function missingPaths(doc: string): string[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(PATH)]
    .map((match) => match[1])
    .filter((path) => !PATTERN.test(path) && !IGNORED.some((dir) => `${path}/`.startsWith(dir)))
    .filter((path) => !existsSync(join(ROOT, path)))
    .map((path) => `${doc}: ${path}`);
}

describe('the documentation', () => {
  it('names only repository paths that exist', () => {
    expect(DOCS.flatMap(missingPaths)).toEqual([]);
  });
});
