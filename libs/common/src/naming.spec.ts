import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file kinds: `<name>.<kind>.ts`, `<name>` in kebab case. The list is docs/architecture.md's "Naming". */
const KINDS = [
  'module',
  'controller',
  'service',
  'repository',
  'processor',
  'entity',
  'dto',
  'view',
  'exception',
  'rules',
  'plan',
  'types',
  'config',
  'sql',
  'command',
  'guard',
  'decorator',
  'pipe',
  'filter',
  'interceptor',
];
/** Kinds whose file may hold several small classes, one of them named after the file (`ReceiveDossierDto` beside `ApplicantDto`). */
const FAMILY_KINDS = ['dto', 'view', 'exception'];
/** Kinds of functions and values: a class there is a value (`Stamped`), not the file's subject. */
const VALUE_KINDS = ['rules', 'plan', 'sql', 'types', 'config', 'command', 'decorator'];
/** Request and response shapes, and errors, may sit beside the one class that takes, returns or throws them. */
const SHAPE = /(View|Dto|Error)$/;
/** Libraries of pure code, where a file holding one concept needs no kind (`working-calendar.ts`). */
const PURE_CORE = ['libs/calendar/', 'libs/engine/', 'libs/source/'];
const ROOT = join(__dirname, '../../..');
const NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z]+))?\.ts$/;
/**
 * A test is named after its subject, with an optional qualifier (`working-calendar.property.spec.ts`); a subject
 * without a kind is a whole app or library (`main.spec.ts`, `naming.spec.ts`), its own files checked on their own.
 */
const SPEC = /^(.+?)(?:\.[a-z]+)?\.spec\.ts$/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory())
      return ['node_modules', 'migrations', '__fixtures__'].includes(entry.name) ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const pascal = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_match: string, _dash: string, letter: string) => letter.toUpperCase());

function exportedClasses(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return [...text.matchAll(/^export (?:default )?(?:abstract )?class (\w+)/gm)].map((match) => match[1]);
}

function classProblem(path: string, name: string, kind: string | undefined): string | undefined {
  const classes = exportedClasses(path);
  if (classes.length === 0 || (kind && VALUE_KINDS.includes(kind))) return undefined;
  const own = pascal(name) + (kind ? pascal(kind) : '');
  if (kind && FAMILY_KINDS.includes(kind)) {
    return classes.some((cls) => cls.startsWith(pascal(name)) && cls.endsWith(pascal(kind)))
      ? undefined
      : `${path}: no class ${pascal(name)}…${pascal(kind)}`;
  }
  const others = classes.filter((cls) => cls !== own && !(kind && SHAPE.test(cls)));
  return others.length === 0
    ? undefined
    : `${path}: class ${others.join(', ')} should be ${own} (one class a file)`;
}

function nameProblem(path: string, file: string, subject = false): string | undefined {
  const parts = NAME.exec(file);
  if (!parts) return `${path}: not <kebab-name>[.<kind>].ts`;
  const kind = parts[2];
  if (kind === undefined && !subject && !PURE_CORE.some((lib) => path.startsWith(lib)))
    return `${path}: no kind`;
  return kind === undefined || KINDS.includes(kind) ? undefined : `${path}: unknown kind .${kind}`;
}

function problem(path: string): string | undefined {
  const file = path.slice(path.lastIndexOf('/') + 1);
  // Entry points, and declarations generated from elsewhere (libs/contract's api.d.ts, from the OpenAPI document).
  if (file === 'main.ts' || file === 'index.ts' || file.endsWith('.d.ts')) return undefined;
  const spec = SPEC.exec(file);
  if (spec) {
    const subjects = [file.replace(/\.spec\.ts$/, '.ts'), `${spec[1]}.ts`];
    return subjects.some((subject) => !nameProblem(path, subject, true))
      ? undefined
      : nameProblem(path, subjects[0]);
  }
  const [, name, kind] = NAME.exec(file) ?? [];
  return nameProblem(path, file) ?? classProblem(path, name, kind);
}

describe('file and class names', () => {
  const files = [...sources('apps'), ...sources('libs')].filter((path) => !path.startsWith('apps/web/'));

  it('walks the source tree', () => {
    expect(files.length).toBeGreaterThan(400);
    expect(files).toContain('libs/common/src/naming.spec.ts');
  });

  it('names every file <name>.<kind>.ts with a known kind, its class after the file', () => {
    expect(files.map(problem).filter(Boolean)).toEqual([]);
  });
});
