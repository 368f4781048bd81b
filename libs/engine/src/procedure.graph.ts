import type { SourceError, YamlSource } from '@motcua/source';
import type { ProcedureDefinition, ProcedureStep } from './procedure.types';
import {
  formatLimit,
  formatTotal,
  formatWorkingMinutes,
  isCalendarUnit,
  limitMinutes,
  minutesOf,
} from './time-limit.util';

/** Bounds the search for the longest path: procedures are short, a file that is not must not hang the loader. */
export const MAX_PATH_SEARCH = 200_000;

/** The targets each step reaches through the file's own actions (built-in events never count). */
export function successors(def: ProcedureDefinition): Map<string, string[]> {
  return new Map(def.steps.map((s) => [s.id, [...new Set(s.transitions.map((t) => t.target))]]));
}

function reachable(from: string, edges: Map<string, string[]>): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const next of edges.get(at) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const reversed = (edges: Map<string, string[]>): Map<string, string[]> => {
  const back = new Map<string, string[]>();
  for (const [from, targets] of edges)
    for (const to of targets) back.set(to, [...(back.get(to) ?? []), from]);
  return back;
};

/** Whole-graph checks, for a definition whose ids are unique and whose targets all exist. */
export function validateGraph(source: YamlSource, def: ProcedureDefinition): SourceError[] {
  const [first] = def.steps;
  if (!first) return [];
  const edges = successors(def);
  const forward = reachable(first.id, edges);
  const toDone = reachable('done', reversed(edges));
  const m = source.messages;
  const errors: SourceError[] = [];
  const at = (step: ProcedureStep, message: string): SourceError => ({
    file: def.file,
    line: step.line,
    message,
  });
  // The graph is checked only when every step was read, so a step's place in `steps` is its place in the file.
  def.steps.forEach((step, i) => {
    const ref = { n: i + 1, id: step.id };
    if (!forward.has(step.id)) errors.push(at(step, m.unreachable(ref, { n: 1, id: first.id })));
    if (!toDone.has(step.id)) errors.push(at(step, m.cannotReachDone(ref)));
  });
  return [...errors, ...checkLongestPath(source, def, edges)];
}

function checkLongestPath(
  source: YamlSource,
  def: ProcedureDefinition,
  edges: Map<string, string[]>,
): SourceError[] {
  const m = source.messages;
  const longest = longestPath(def, edges);
  const line = source.lineOfKey([], 'deadline');
  if (longest === 'too many') return [{ file: def.file, line, message: m.tooManyPaths() }];
  const allowed = limitMinutes(def.deadline);
  if (!longest || longest.minutes <= allowed) return [];
  const path = [...longest.path, 'done'].join(' → ');
  // In days or months when the path has steps in days or months, else in working time as before.
  const byId = new Map(def.steps.map((s) => [s.id, s]));
  const inItsUnit = longest.path.some((id) => isCalendarUnit(byId.get(id)?.duration.unit ?? 'working_hour'));
  const took = inItsUnit
    ? formatTotal(longest.minutes, def.deadline.unit, m)
    : formatWorkingMinutes(longest.minutes, m);
  const limit = formatLimit(def.deadline, m, inItsUnit);
  return [{ file: def.file, line, message: m.pathTooLong(path, took, limit) }];
}

/** The slowest way from the first step to `done` visiting no step twice. */
export function longestPath(
  def: ProcedureDefinition,
  edges = successors(def),
): { path: string[]; minutes: number } | undefined | 'too many' {
  const minutes = new Map(def.steps.map((s) => [s.id, minutesOf(s.duration.amount, s.duration.unit)]));
  let best: { path: string[]; minutes: number } | undefined;
  let budget = MAX_PATH_SEARCH;
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (id: string, total: number): boolean => {
    if (--budget < 0) return false;
    if (id === 'done') {
      if (!best || total > best.minutes) best = { path: [...path], minutes: total };
      return true;
    }
    if (onPath.has(id) || !minutes.has(id)) return true;
    path.push(id);
    onPath.add(id);
    const spent = total + (minutes.get(id) ?? 0);
    const finished = (edges.get(id) ?? []).every((next) => visit(next, spent));
    path.pop();
    onPath.delete(id);
    return finished;
  };
  const first = def.steps[0];
  if (first && !visit(first.id, 0)) return 'too many';
  return best;
}
