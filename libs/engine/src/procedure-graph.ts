import type { SourceError, YamlSource } from '@motcua/source';
import { extensionMinutes } from './limit-extension';
import type { ProcedureDefinition, ProcedureStep } from './procedure.types';
import { stepNumbers } from './step-number';
import {
  formatLimit,
  formatTotal,
  formatWorkingMinutes,
  isCalendarUnit,
  limitMinutes,
  minutesOf,
} from './time-limit-units';

/** Bounds the search for the longest path: procedures are short, a file that is not must not hang the loader. */
export const MAX_PATH_SEARCH = 200_000;

/**
 * The targets each step reaches through the file's own actions (built-in events never count). A fork reaches the
 * first step of each of its branches (`required`: of those that must join); a branch step's `joined` reaches the
 * fork's `next`.
 */
export function successors(def: ProcedureDefinition, required = false): Map<string, string[]> {
  const nextOf = new Map(def.steps.filter((s) => s.fork).map((s) => [s.id, s.fork!.next]));
  return new Map(
    def.steps.map((s) => {
      if (s.fork) {
        const branches = s.fork.branches.filter((b) => !required || s.fork!.join.includes(b.id));
        return [s.id, branches.map((b) => b.steps[0]).filter((id) => id !== undefined)];
      }
      const targets = s.transitions.map((t) =>
        t.target === 'joined' && s.forkOf !== undefined ? (nextOf.get(s.forkOf) ?? t.target) : t.target,
      );
      return [s.id, [...new Set(targets)]];
    }),
  );
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
  const numbers = stepNumbers(def);
  def.steps.forEach((step) => {
    const ref = { n: numbers.get(step.id) ?? '?', id: step.id };
    if (!forward.has(step.id)) errors.push(at(step, m.unreachable(ref, { n: 1, id: first.id })));
    if (!toDone.has(step.id)) errors.push(at(step, m.cannotReachDone(ref)));
  });
  return [...errors, ...checkLongestPath(source, def, successors(def, true))];
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
  if (!longest || longest.minutes - longest.extension <= allowed) return [];
  const path = [...longest.path, 'done'].join(' → ');
  // In days or months when the path has steps in days or months, else in working time as before.
  const byId = new Map(def.steps.map((s) => [s.id, s]));
  const inItsUnit = longest.path.some((id) => isCalendarUnit(byId.get(id)?.duration.unit ?? 'working_hour'));
  const span = (minutes: number) =>
    inItsUnit ? formatTotal(minutes, def.deadline.unit, m) : formatWorkingMinutes(minutes, m);
  const limit = formatLimit(def.deadline, m, inItsUnit);
  const extended = longest.extension ? m.pathExtended(span(longest.extension)) : '';
  return [
    { file: def.file, line, message: m.pathTooLong(path, span(longest.minutes), `${limit}${extended}`) },
  ];
}

/**
 * The way from the first step to `done` visiting no step twice that most exceeds its limit: the step durations
 * summed, less the conditional limits (`extendsLimit`) of its steps, which the path takes with it (`extension`).
 * Without conditional limits, the slowest way. Through a fork, along the slowest of the branches that must join
 * (the fork lasts as long as that branch).
 */
export function longestPath(
  def: ProcedureDefinition,
  edges = successors(def, true),
): { path: string[]; minutes: number; extension: number } | undefined | 'too many' {
  const minutes = new Map(def.steps.map((s) => [s.id, minutesOf(s.duration.amount, s.duration.unit)]));
  const extensions = new Map(def.steps.map((s) => [s.id, extensionMinutes(s)]));
  let best: { path: string[]; minutes: number; extension: number } | undefined;
  let budget = MAX_PATH_SEARCH;
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (id: string, total: number, extension: number): boolean => {
    if (--budget < 0) return false;
    if (id === 'done') {
      if (!best || total - extension > best.minutes - best.extension)
        best = { path: [...path], minutes: total, extension };
      return true;
    }
    if (onPath.has(id) || !minutes.has(id)) return true;
    path.push(id);
    onPath.add(id);
    const spent = total + (minutes.get(id) ?? 0);
    const extended = extension + (extensions.get(id) ?? 0);
    const finished = (edges.get(id) ?? []).every((next) => visit(next, spent, extended));
    path.pop();
    onPath.delete(id);
    return finished;
  };
  const first = def.steps[0];
  if (first && !visit(first.id, 0, 0)) return 'too many';
  return best;
}
