import type { SourceError, SourcePath, YamlSource } from '@motcua/source';
import { isRecord, valueAt } from './data.util';
import type { EngineRegistry } from './engine.registry';
import { checkExtension } from './limit-extension';
import { BUILTIN_EVENTS, TERMINAL_STATES, type BuiltinEvent, type TerminalState } from './engine.types';
import type { Organization } from './org.types';
import type { Normalized } from './procedure.normalizer';
import { NAME_PATTERN, NAME_RULE } from './procedure.schema';
import type { ProcedureStep, ProcedureTransition } from './procedure.types';
import { thousandsSeparated } from './money.util';
import { didYouMean } from './suggest.util';
import { formatDuration, formatLimit, isWholeMinutes } from './time-limit.util';
import { checkForks } from './fork.validator';

export interface ValidationContext {
  org: Organization;
  registry: EngineRegistry;
}

const BUILTIN_REACHING: Record<Exclude<TerminalState, 'done'>, BuiltinEvent> = {
  refused: 'refuse',
  withdrawn: 'withdraw',
  stopped: 'stop',
};

/**
 * Checks that need no whole graph: names, references to the org and the registry, amounts. `structural`
 * is set when the step graph itself is broken (duplicate ids, unknown targets), so graph checks would mislead.
 */
export function validateItems(
  source: YamlSource,
  normalized: Normalized,
  ctx: ValidationContext,
): { errors: SourceError[]; structural: boolean } {
  const errors: SourceError[] = [...checkHeader(source, normalized, ctx), ...checkFeeAmounts(source)];
  let structural = false;
  const { steps } = normalized.definition;
  const ids = new Set(steps.filter((s) => s.branch === undefined).map((s) => s.id));
  const branchIds = new Map<string, Set<string>>();
  for (const fork of steps) for (const b of fork.fork?.branches ?? []) branchIds.set(b.id, new Set(b.steps));
  const forks = checkForks(source, normalized, ids);
  if (forks.structural) structural = true;
  errors.push(...forks.errors);
  const firstLine = new Map<string, number>();
  steps.forEach((step, position) => {
    const path: SourcePath = normalized.stepPath[position];
    const seen = firstLine.get(step.id);
    if (seen !== undefined) {
      structural = true;
      errors.push(
        source.error([...path, 'id'], `step id '${step.id}' is defined twice (first on line ${seen})`),
      );
    } else firstLine.set(step.id, step.line);
    if ((TERMINAL_STATES as readonly string[]).includes(step.id)) {
      structural = true;
      errors.push(
        source.error([...path, 'id'], `step id '${step.id}' is reserved for the terminal state '${step.id}'`),
      );
    }
    errors.push(
      ...checkOwner(source, path, step, ctx.org),
      ...checkDuration(source, path, step),
      ...checkExtension(source, path, step, normalized.definition.deadline, position === 0),
    );
    for (const transition of step.transitions) {
      const at = [...path, 'actions', transition.event];
      const scope = step.branch === undefined ? ids : (branchIds.get(step.branch) ?? new Set<string>());
      const badTarget = checkTarget(source, at, step, transition, scope);
      if (badTarget) structural = true;
      errors.push(
        ...checkEventName(step, transition, source.file),
        ...(badTarget ? [badTarget] : []),
        ...checkReferences(source, at, step, transition, ctx.registry),
      );
    }
  });
  return { errors, structural };
}

/** `amount: 200.000` loads as 200 đồng: the file must say 200000 (read from the source text, not the value). */
function checkFeeAmounts(source: YamlSource): SourceError[] {
  const errors: SourceError[] = [];
  for (let i = 0; i < source.lengthOf(['fees']); i++) {
    const path = ['fees', i, 'amount'];
    const text = source.textOf(path);
    const meant = text === undefined ? undefined : thousandsSeparated(text);
    if (meant === undefined) continue;
    const loaded = valueAt(source.data, path);
    errors.push(
      source.error(
        path,
        `fees[${i}].amount ${text} would load as ${typeof loaded === 'number' ? loaded : `the text '${text}'`}, ` +
          `not ${meant}: YAML has no thousands separator; write ${meant} if ${meant} đồng is meant`,
      ),
    );
  }
  return errors;
}

function checkHeader(source: YamlSource, { definition }: Normalized, ctx: ValidationContext): SourceError[] {
  const errors: SourceError[] = [];
  const data = source.data;
  if (isRecord(data) && typeof data.code === 'number') {
    errors.push(
      source.error(
        ['code'],
        `code: write the code in quotes (e.g. "2.000908"), or YAML reads ${data.code} as a number`,
      ),
    );
  }
  const unitIds = ctx.org.units.map((u) => u.id);
  if (definition.agency !== undefined && !unitIds.includes(definition.agency)) {
    errors.push(
      source.error(
        ['agency'],
        `agency '${definition.agency}' is not a unit in ${ctx.org.file}${didYouMean(definition.agency, unitIds)}`,
      ),
    );
  }
  for (const role of definition.deciders ?? []) {
    if (!ctx.org.roles.includes(role)) {
      errors.push(
        source.error(
          ['deciders'],
          `deciders: role '${role}' is not a role in ${ctx.org.file}${didYouMean(role, ctx.org.roles)}`,
        ),
      );
    }
  }
  const { deadline } = definition;
  const line = source.lineOf(['deadline', 'amount']);
  if ((deadline.unit === 'day' || deadline.unit === 'month') && !Number.isInteger(deadline.amount)) {
    errors.push({
      file: source.file,
      line,
      message: `deadline ${formatLimit(deadline)} must be a whole number of ${deadline.unit}s`,
    });
  } else if (
    (deadline.unit === 'working_hour' || deadline.unit === 'working_day') &&
    !isWholeMinutes(deadline.amount, deadline.unit)
  ) {
    errors.push({
      file: source.file,
      line,
      message: `deadline ${formatLimit(deadline)} is not a whole number of minutes`,
    });
  }
  return errors;
}

function checkOwner(
  source: YamlSource,
  path: SourcePath,
  step: ProcedureStep,
  org: Organization,
): SourceError[] {
  const { unit, role } = step.owner;
  if (!unit || !role) return [];
  const found = org.units.find((u) => u.id === unit);
  if (!found) {
    const ids = org.units.map((u) => u.id);
    return [
      source.error(
        [...path, 'owner', 'unit'],
        `step '${step.id}' owner unit '${unit}' is not in ${org.file}${didYouMean(unit, ids)}`,
      ),
    ];
  }
  if (found.roles.includes(role)) return [];
  return [
    source.error(
      [...path, 'owner', 'role'],
      `step '${step.id}' owner role '${role}' is not staffed by unit '${unit}' (it staffs: ${found.roles.join(', ') || 'no role'})`,
    ),
  ];
}

function checkDuration(source: YamlSource, path: SourcePath, step: ProcedureStep): SourceError[] {
  const { amount, unit } = step.duration;
  if (isWholeMinutes(amount, unit)) return [];
  return [
    source.error(
      [...path, 'duration', 'amount'],
      `step '${step.id}' duration ${formatDuration(amount, unit)} is not a whole number of minutes`,
    ),
  ];
}

function checkEventName(step: ProcedureStep, transition: ProcedureTransition, file: string): SourceError[] {
  const { event, line } = transition;
  const prefix = `step '${step.id}' action '${event}'`;
  return [
    ...(NAME_PATTERN.test(event) ? [] : [`${prefix} must be named with ${NAME_RULE}`]),
    ...(isBuiltinEvent(event) ? [`${prefix} clashes with the built-in event '${event}'`] : []),
  ].map((message) => ({ file, line, message }));
}

function checkTarget(
  source: YamlSource,
  path: SourcePath,
  step: ProcedureStep,
  transition: ProcedureTransition,
  ids: Set<string>,
): SourceError | undefined {
  const { event, target } = transition;
  const prefix = `step '${step.id}' action '${event}' targets`;
  const targetPath = isRecord(valueAt(source.data, path)) ? [...path, 'target'] : path;
  if (Object.hasOwn(BUILTIN_REACHING, target)) {
    const via = BUILTIN_REACHING[target as keyof typeof BUILTIN_REACHING];
    return source.error(targetPath, `${prefix} '${target}', which only the built-in event '${via}' reaches`);
  }
  const end = step.branch === undefined ? 'done' : 'joined';
  if (target === end || ids.has(target)) return undefined;
  if (step.branch !== undefined) {
    return source.error(
      targetPath,
      `${prefix} '${target}', which is not a step of its branch '${step.branch}'` +
        `${didYouMean(target, [...ids, end])} (a branch's steps lead to one another or to 'joined')`,
    );
  }
  if (target === 'joined') {
    return source.error(targetPath, `${prefix} 'joined', which only a step of a branch may target`);
  }
  return source.error(
    targetPath,
    `${prefix} unknown step '${target}'${didYouMean(target, [...ids, 'done'])}`,
  );
}

function checkReferences(
  source: YamlSource,
  path: SourcePath,
  step: ProcedureStep,
  transition: ProcedureTransition,
  registry: EngineRegistry,
): SourceError[] {
  const { event, guard, actions } = transition;
  const prefix = `step '${step.id}' action '${event}' uses unknown`;
  const errors: SourceError[] = [];
  if (guard !== undefined && !Object.hasOwn(registry.guards, guard)) {
    errors.push(
      source.error([...path, 'guard'], `${prefix} guard '${guard}'${hint(guard, registry.guards)}`),
    );
  }
  actions.forEach((action, i) => {
    if (!Object.hasOwn(registry.actions, action)) {
      errors.push(
        source.error(
          [...path, 'actions', i],
          `${prefix} action '${action}'${hint(action, registry.actions)}`,
        ),
      );
    }
  });
  return errors;
}

const isBuiltinEvent = (name: string): boolean => (BUILTIN_EVENTS as readonly string[]).includes(name);

function hint(name: string, known: Record<string, unknown>): string {
  const names = Object.keys(known);
  return didYouMean(name, names) || ` (known: ${names.join(', ') || 'none'})`;
}
