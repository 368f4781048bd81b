import type { Lang, Messages, SourceError, SourcePath, StepRef, YamlSource } from '@motcua/source';
import { isRecord, valueAt } from './raw-data';
import type { EngineRegistry } from './engine-registry';
import {
  BUILTIN_EVENTS,
  SERVICE_EVENTS,
  TERMINAL_STATES,
  type BuiltinEvent,
  type TerminalState,
} from './engine.types';
import type { Organization } from './org.types';
import { checkHeader } from './procedure-header';
import type { Normalized } from './procedure-normalizer';
import { NAME_PATTERN } from './procedure-schema';
import type { ProcedureStep, ProcedureTransition } from './procedure.types';
import { checkForks } from './fork-validator';
import { checkExtension } from './limit-extension';
import { stepRefAt } from './step-number';
import { didYouMean } from './did-you-mean';
import { formatDuration, isCalendarUnit, isWholeMinutes } from './time-limit-units';

export interface ValidationContext {
  org: Organization;
  registry: EngineRegistry;
  /** The language of the messages; Vietnamese when absent. */
  lang?: Lang;
}

const BUILTIN_REACHING: Record<Exclude<TerminalState, 'done'>, BuiltinEvent> = {
  refused: 'refuse',
  withdrawn: 'withdraw',
  stopped: 'stop',
};

export interface StepAt {
  source: YamlSource;
  m: Messages;
  path: SourcePath;
  step: ProcedureStep;
  ref: StepRef;
}

/**
 * Checks that need no whole graph: names, references to the org and the registry, amounts. `structural`
 * is set when the step graph itself is broken (duplicate ids, unknown targets), so graph checks would mislead.
 */
export function validateItems(
  source: YamlSource,
  normalized: Normalized,
  ctx: ValidationContext,
): { errors: SourceError[]; structural: boolean } {
  const m = source.messages;
  const errors: SourceError[] = checkHeader(source, normalized, ctx);
  let structural = false;
  const { steps, deadline } = normalized.definition;
  const ids = new Set(steps.filter((s) => s.branch === undefined).map((s) => s.id));
  const branchIds = new Map<string, Set<string>>();
  for (const fork of steps) for (const b of fork.fork?.branches ?? []) branchIds.set(b.id, new Set(b.steps));
  const forks = checkForks(source, normalized, ids);
  if (forks.structural) structural = true;
  errors.push(...forks.errors);
  const firstLine = new Map<string, number>();
  steps.forEach((step, position) => {
    const path = normalized.stepPath[position];
    const at: StepAt = { source, m, path, step, ref: stepRefAt(path, step.id) };
    const idPath = [...at.path, 'id'];
    const seen = firstLine.get(step.id);
    if (seen !== undefined) {
      structural = true;
      errors.push(source.error(idPath, m.stepIdTwice(at.ref, seen)));
    } else firstLine.set(step.id, step.line);
    if ((TERMINAL_STATES as readonly string[]).includes(step.id)) {
      structural = true;
      errors.push(source.error(idPath, m.stepIdReserved(at.ref)));
    }
    errors.push(
      ...checkOwner(at, ctx.org),
      ...checkDuration(at, deadline.unit),
      ...checkExtension(at, deadline, position === 0),
    );
    // A step in days under a limit in working time cannot be added up with the others: no path check then.
    if (isCalendarUnit(step.duration.unit) && step.duration.unit !== deadline.unit) structural = true;
    for (const transition of step.transitions) {
      const path = [...at.path, 'actions', transition.event];
      const scope = step.branch === undefined ? ids : (branchIds.get(step.branch) ?? new Set<string>());
      const badTarget = checkTarget(at, path, transition, scope);
      if (badTarget) structural = true;
      errors.push(
        ...checkEventName(at, transition),
        ...(badTarget ? [badTarget] : []),
        ...checkReferences(at, path, transition, ctx.registry),
      );
    }
  });
  return { errors, structural };
}

function checkOwner({ source, m, path, step, ref }: StepAt, org: Organization): SourceError[] {
  const { unit, role } = step.owner;
  if (!unit || !role) return [];
  const found = org.units.find((u) => u.id === unit);
  if (!found) {
    const hint = didYouMean(
      unit,
      org.units.map((u) => u.id),
      m,
    );
    return [source.error([...path, 'owner', 'unit'], m.unknownOwnerUnit(ref, unit, org.file, hint))];
  }
  if (found.roles.includes(role)) return [];
  const hint =
    didYouMean(role, found.roles, m) || (org.roles.includes(role) ? '' : didYouMean(role, org.roles, m));
  return [
    source.error([...path, 'owner', 'role'], m.ownerRoleNotStaffed(ref, role, unit, found.roles, hint)),
  ];
}

function checkDuration({ source, m, path, step, ref }: StepAt, limitUnit: string): SourceError[] {
  const { amount, unit } = step.duration;
  const at = [...path, 'duration'];
  if (isCalendarUnit(unit)) {
    if (unit !== limitUnit) return [source.error([...at, 'unit'], m.durationUnit(ref, unit, limitUnit))];
    if (Number.isInteger(amount)) return [];
    return [source.error([...at, 'amount'], m.durationNotWhole(ref, formatDuration(amount, unit, m), unit))];
  }
  if (isWholeMinutes(amount, unit)) return [];
  return [source.error([...at, 'amount'], m.durationNotMinutes(ref, formatDuration(amount, unit, m)))];
}

function checkEventName({ source, m, ref }: StepAt, { event, line }: ProcedureTransition): SourceError[] {
  return [
    ...(NAME_PATTERN.test(event) ? [] : [m.actionName(ref, event)]),
    ...(isBuiltinEvent(event) ? [m.actionBuiltin(ref, event)] : []),
    ...((SERVICE_EVENTS as readonly string[]).includes(event) ? [m.actionReserved(ref, event)] : []),
  ].map((message) => ({ file: source.file, line, message }));
}

function checkTarget(
  { source, m, ref, step }: StepAt,
  path: SourcePath,
  { event, target }: ProcedureTransition,
  ids: Set<string>,
): SourceError | undefined {
  const targetPath = isRecord(valueAt(source.data, path)) ? [...path, 'target'] : path;
  if (Object.hasOwn(BUILTIN_REACHING, target)) {
    const via = BUILTIN_REACHING[target as keyof typeof BUILTIN_REACHING];
    return source.error(targetPath, m.targetBuiltin(ref, event, target, via));
  }
  const end = step.branch === undefined ? 'done' : 'joined';
  if (target === end || ids.has(target)) return undefined;
  if (step.branch !== undefined) {
    const hint = didYouMean(target, [...ids, end], m);
    return source.error(targetPath, m.targetOutsideBranch(ref, event, target, step.branch, hint));
  }
  if (target === 'joined') return source.error(targetPath, m.targetJoined(ref, event));
  return source.error(
    targetPath,
    m.targetUnknown(ref, event, target, didYouMean(target, [...ids, 'done'], m)),
  );
}

function checkReferences(
  { source, m, ref }: StepAt,
  path: SourcePath,
  { event, guard, actions }: ProcedureTransition,
  registry: EngineRegistry,
): SourceError[] {
  const errors: SourceError[] = [];
  if (guard !== undefined && !Object.hasOwn(registry.guards, guard)) {
    const hint = hintOf(guard, registry.guards, m);
    errors.push(source.error([...path, 'guard'], m.unknownGuard(ref, event, guard, hint)));
  }
  actions.forEach((action, i) => {
    if (!Object.hasOwn(registry.actions, action)) {
      const hint = hintOf(action, registry.actions, m);
      errors.push(source.error([...path, 'actions', i], m.unknownAction(ref, event, action, hint)));
    }
  });
  return errors;
}

const isBuiltinEvent = (name: string): boolean => (BUILTIN_EVENTS as readonly string[]).includes(name);

function hintOf(name: string, known: Record<string, unknown>, m: Messages): string {
  const names = Object.keys(known);
  return didYouMean(name, names, m) || m.known(names);
}
