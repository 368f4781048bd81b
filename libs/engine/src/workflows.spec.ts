import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatSourceError } from '@motcua/source';
import { defaultRegistry } from './engine.registry';
import type { EngineEvent, EngineResult, PersistedState } from './engine.types';
import { parseOrg } from './org.parser';
import { compileProcedure, type CompiledProcedure } from './procedure.compiler';
import { loadProcedures } from './procedure.loader';
import { applyEvent, startDossier } from './procedure.runtime';
import type { ProcedureDefinition } from './procedure.types';

const root = join(__dirname, '../../..');
const workflows = join(root, 'workflows');
const read = (path: string) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });

const org = read(join(workflows, 'org.yaml'));
const procedureFiles = readdirSync(join(workflows, 'procedures'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => read(join(workflows, 'procedures', name)));

// A payload that satisfies every guard of the default registry.
const payload = { feesPaid: true, comment: 'Kiểm tra quy trình' };

/** The shortest sequence of file actions from the first step to `done`. */
function pathToDone(def: ProcedureDefinition): string[] {
  const first = def.steps[0].id;
  const routes = new Map<string, string[]>([[first, []]]);
  const queue = [first];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const t of def.steps.find((s) => s.id === at)?.transitions ?? []) {
      if (routes.has(t.target)) continue;
      routes.set(t.target, [...routes.get(at)!, t.event]);
      if (t.target === 'done') return routes.get('done')!;
      queue.push(t.target);
    }
  }
  throw new Error(`${def.file}: no path to done`);
}

function send(compiled: CompiledProcedure, state: PersistedState, type: string): EngineResult {
  const event: EngineEvent = { type, ...payload };
  const result = applyEvent(compiled, state, event);
  if ('rejected' in result)
    throw new Error(`${compiled.definition.file}: '${type}' rejected; allowed: ${result.allowed.join(', ')}`);
  return result;
}

describe('workflows/', () => {
  const parsedOrg = parseOrg(org.text, org.file);

  it('has an org file without errors', () => {
    expect(parsedOrg.errors.map(formatSourceError)).toEqual([]);
  });

  it('has procedure files', () => {
    expect(procedureFiles.length).toBeGreaterThan(0);
  });

  const loaded = parsedOrg.org
    ? loadProcedures(procedureFiles, { org: parsedOrg.org, registry: defaultRegistry })
    : { procedures: [], errors: [] };

  it('has procedure files without errors', () => {
    expect(loaded.errors.map(formatSourceError)).toEqual([]);
    expect(loaded.procedures).toHaveLength(procedureFiles.length);
  });

  describe.each(loaded.procedures.map((def) => [def.file, def] as const))('%s', (_file, def) => {
    const compiled = compileProcedure(def, defaultRegistry);

    it('reaches done through its own actions', () => {
      const result = pathToDone(def).reduce(
        (at, event) => send(compiled, at.state, event),
        startDossier(compiled),
      );
      expect(result.phase).toBe('done');
    });

    it.each([
      ['refuse', 'refused'],
      ['withdraw', 'withdrawn'],
      ['stop', 'stopped'],
    ])('reaches %s from its first step', (event, terminal) => {
      expect(send(compiled, startDossier(compiled).state, event).phase).toBe(terminal);
    });
  });
});
