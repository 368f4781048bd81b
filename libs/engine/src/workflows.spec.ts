import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatSourceError } from '@motcua/source';
import { defaultRegistry } from './engine-registry';
import type { EngineEvent, EngineResult, PersistedState } from './engine.types';
import { parseOrg } from './org-parser';
import { compileProcedure, type CompiledProcedure } from './procedure-compiler';
import { loadProcedures } from './procedure-loader';
import { applyEvent, startDossier } from './procedure-runtime';
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

/** For each step, the fewest file actions to `done`, or to `joined` for a step of a branch. */
function distances(def: ProcedureDefinition): Map<string, number> {
  const distance = new Map<string, number>([
    ['done', 0],
    ['joined', 0],
  ]);
  for (let changed = true; changed;) {
    changed = false;
    for (const step of def.steps) {
      const best = Math.min(...step.transitions.map((t) => (distance.get(t.target) ?? Infinity) + 1));
      if (best < (distance.get(step.id) ?? Infinity)) {
        distance.set(step.id, best);
        changed = true;
      }
    }
  }
  return distance;
}

/** From the first step to `done` by the shortest file actions, each open branch of a fork in turn. */
function walkToDone(compiled: CompiledProcedure): EngineResult {
  const def = compiled.definition;
  const distance = distances(def);
  let result = startDossier(compiled);
  for (let moves = 0; result.phase !== 'done'; moves++) {
    if (moves > 100) throw new Error(`${def.file}: no path to done`);
    const open = result.branches?.find((b) => b.step !== null);
    const step = def.steps.find((s) => s.id === (open ? open.step : result.step));
    const [next] = [...(step?.transitions ?? [])].sort(
      (a, b) => (distance.get(a.target) ?? Infinity) - (distance.get(b.target) ?? Infinity),
    );
    if (!next) throw new Error(`${def.file}: no way on from '${step?.id}'`);
    result = send(compiled, result.state, next.event, open?.branch);
  }
  return result;
}

function send(
  compiled: CompiledProcedure,
  state: PersistedState,
  type: string,
  branch?: string,
): EngineResult {
  const event: EngineEvent = { type, ...payload, ...(branch ? { branch } : {}) };
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
      expect(walkToDone(compiled).phase).toBe('done');
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
