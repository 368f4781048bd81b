import { type LimitUnit, MINUTES_PER_WORKING_DAY, type TimeLimit } from '@motcua/calendar';
import type { SourcePath, YamlSource } from '@motcua/source';
import { isRecord, listAt, numberAt, recordAt, stringAt, stringsAt, type Raw } from './raw-data';
import {
  CONSULTATION_MODES,
  LEVELS,
  ONLINE_MODES,
  PAYMENT_TIMINGS,
  type PaymentTiming,
  type ConsultationMode,
  type DeadlinePolicy,
  type LimitExtension,
  type Level,
  type OnlineMode,
  type ProcedureDefinition,
  type ProcedureBranch,
  type ProcedureDocument,
  type ProcedureFee,
  type ProcedureStep,
  type ProcedureTransition,
  type StepDuration,
} from './procedure.types';
import { toSupplementWaitOverride } from './supplement-wait';
import { LIMIT_UNITS, WORKING_UNITS } from './time-limit-units';

export const DEFAULT_MAX_SUPPLEMENT_REQUESTS = 1;

/**
 * The definition as far as it can be read. `complete` is false when a step, a transition or the deadline
 * had to be left out or guessed, so that checks on the whole graph would only repeat the schema's errors.
 */
export interface Normalized {
  definition: ProcedureDefinition;
  complete: boolean;
  /** Where in the file each step of the definition is (`['steps', i]`, or within a branch of a fork). */
  stepPath: SourcePath[];
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value);

export function normalizeProcedure(source: YamlSource): Normalized {
  const data = source.data;
  let complete = true;
  const steps: ProcedureStep[] = [];
  const stepPath: SourcePath[] = [];
  const add = (
    raw: unknown,
    path: SourcePath,
    extra: Partial<ProcedureStep> = {},
  ): ProcedureStep | undefined => {
    const step = isRecord(raw) && 'branches' in raw ? toFork(source, raw, path) : toStep(source, raw, path);
    if (step) {
      Object.assign(step.step, extra);
      steps.push(step.step);
      stepPath.push(path);
    }
    if (!step?.complete) complete = false;
    return step?.step;
  };
  listAt(data, 'steps').forEach((raw, index) => {
    const fork = add(raw, ['steps', index])?.fork;
    listAt(raw, 'branches').forEach((rawBranch, b) => {
      const branch = stringAt(rawBranch, 'id');
      listAt(rawBranch, 'steps').forEach((rawStep, k) => {
        const path = ['steps', index, 'branches', b, 'steps', k];
        add(rawStep, path, fork && branch !== undefined ? { branch, forkOf: stringAt(raw, 'id') } : {});
      });
    });
  });
  const deadline = toLimit(recordAt(data, 'deadline'));
  if (!deadline) complete = false;
  const agency = stringAt(data, 'agency');
  const deciders =
    isRecord(data) && Array.isArray(data.deciders)
      ? data.deciders.filter((r): r is string => typeof r === 'string')
      : undefined;
  const origin = stringAt(data, 'source');
  const cutoff = isRecord(data) && 'cutoff' in data ? (stringAt(data, 'cutoff') ?? null) : undefined;
  const supplementWait = toSupplementWaitOverride(data);
  const code = isRecord(data) && typeof data.code === 'number' ? String(data.code) : stringAt(data, 'code');
  const localCode = stringAt(data, 'localCode');
  const effectiveFrom = stringAt(data, 'effectiveFrom');
  const payment = oneOf<PaymentTiming>(PAYMENT_TIMINGS, isRecord(data) ? data.payment : undefined);
  return {
    complete,
    stepPath,
    definition: {
      file: source.file,
      code: code ?? '',
      version: numberAt(data, 'version') ?? 0,
      ...(localCode !== undefined ? { localCode } : {}),
      ...(effectiveFrom !== undefined ? { effectiveFrom } : {}),
      name: stringAt(data, 'name') ?? '',
      field: stringAt(data, 'field') ?? '',
      fieldCode: stringAt(data, 'fieldCode') ?? '',
      level: oneOf<Level>(LEVELS, isRecord(data) ? data.level : undefined) ?? 'province',
      ...(agency !== undefined ? { agency } : {}),
      ...(deciders !== undefined ? { deciders } : {}),
      deadline: deadline ?? { amount: 0, unit: 'working_day' },
      ...(cutoff !== undefined ? { cutoff } : {}),
      online: oneOf<OnlineMode>(ONLINE_MODES, isRecord(data) ? data.online : undefined) ?? 'none',
      maxSupplementRequests: numberAt(data, 'maxSupplementRequests') ?? DEFAULT_MAX_SUPPLEMENT_REQUESTS,
      ...(supplementWait ? { supplementWait } : {}),
      deadlines: toDeadlinePolicy(recordAt(data, 'deadlines')),
      documents: listAt(data, 'documents').filter(isRecord).map(toDocument),
      fees: listAt(data, 'fees').filter(isRecord).map(toFee),
      ...(payment !== undefined ? { payment } : {}),
      ...(origin !== undefined ? { source: origin } : {}),
      steps,
    },
  };
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  dueSoon: { fraction: 0.25, minutes: 4 * 60 },
  stalledAfterMinutes: 2 * MINUTES_PER_WORKING_DAY,
  escalateHeadMinutes: 4 * 60,
  escalateSupervisorMinutes: MINUTES_PER_WORKING_DAY,
};

const spanMinutes = (raw: Raw, fallback: number): number => {
  const duration = toDuration(raw, WORKING_UNITS);
  return duration
    ? Math.round(duration.amount * (duration.unit === 'working_day' ? MINUTES_PER_WORKING_DAY : 60))
    : fallback;
};

function toDeadlinePolicy(raw: Raw): DeadlinePolicy {
  const d = DEFAULT_DEADLINE_POLICY;
  const dueSoon = recordAt(raw, 'dueSoon');
  const hours = numberAt(dueSoon, 'hours');
  const escalate = recordAt(raw, 'escalate');
  return {
    dueSoon: {
      fraction: numberAt(dueSoon, 'fraction') ?? d.dueSoon.fraction,
      minutes: hours !== undefined ? Math.round(hours * 60) : d.dueSoon.minutes,
    },
    stalledAfterMinutes: spanMinutes(recordAt(raw, 'stalledAfter'), d.stalledAfterMinutes),
    escalateHeadMinutes: spanMinutes(recordAt(escalate, 'head'), d.escalateHeadMinutes),
    escalateSupervisorMinutes: spanMinutes(recordAt(escalate, 'supervisor'), d.escalateSupervisorMinutes),
  };
}

function toLimit(raw: Raw): TimeLimit | undefined {
  const amount = numberAt(raw, 'amount');
  const unit = oneOf<LimitUnit>(LIMIT_UNITS, raw.unit);
  if (amount === undefined || unit === undefined) return undefined;
  return { amount, unit, ...(raw.dueAtClose === true ? { dueAtClose: true } : {}) };
}

function toExtension(raw: Raw): LimitExtension | undefined {
  const amount = numberAt(raw, 'amount');
  const unit = oneOf<LimitUnit>(LIMIT_UNITS, raw.unit);
  const rule = stringAt(raw, 'rule');
  return amount === undefined || amount <= 0 || unit === undefined || rule === undefined
    ? undefined
    : { amount, unit, rule };
}

function toDuration(raw: Raw, units: readonly LimitUnit[]): StepDuration | undefined {
  const amount = numberAt(raw, 'amount');
  const unit = oneOf<LimitUnit>(units, raw.unit);
  return amount === undefined || amount < 0 || unit === undefined ? undefined : { amount, unit };
}

function toStep(
  source: YamlSource,
  raw: unknown,
  path: SourcePath,
): { step: ProcedureStep; complete: boolean } | undefined {
  const id = stringAt(raw, 'id');
  if (id === undefined) return undefined;
  const owner = recordAt(raw, 'owner');
  const unit = stringAt(owner, 'unit');
  const role = stringAt(owner, 'role');
  const duration = toDuration(recordAt(raw, 'duration'), LIMIT_UNITS);
  const actions = isRecord(raw) && isRecord(raw.actions) ? raw.actions : undefined;
  const transitions = Object.entries(actions ?? {}).map(([event, value]) =>
    toTransition(event, value, source.lineOfKey([...path, 'actions'], event)),
  );
  const output = stringAt(raw, 'output');
  const extendsLimit = toExtension(recordAt(raw, 'extendsLimit'));
  const consultation = oneOf<ConsultationMode>(
    CONSULTATION_MODES,
    isRecord(raw) ? raw.consultation : undefined,
  );
  const step: ProcedureStep = {
    id,
    name: stringAt(raw, 'name') ?? id,
    owner: { unit: unit ?? '', role: role ?? '' },
    duration: duration ?? { amount: 0, unit: 'working_hour' },
    result: isRecord(raw) && raw.result === true,
    ...(output !== undefined ? { output } : {}),
    ...(extendsLimit ? { extendsLimit } : {}),
    ...(consultation !== undefined ? { consultation } : {}),
    transitions: transitions.filter((t): t is ProcedureTransition => t !== undefined),
    line: source.lineOf(path),
  };
  const complete =
    unit !== undefined &&
    role !== undefined &&
    duration !== undefined &&
    actions !== undefined &&
    (extendsLimit !== undefined || !(isRecord(raw) && 'extendsLimit' in raw)) &&
    !transitions.includes(undefined);
  return { step, complete };
}

/** A fork step: its branches' ids, names and step ids; the steps themselves are read as ordinary steps. */
function toFork(
  source: YamlSource,
  raw: Raw,
  path: SourcePath,
): { step: ProcedureStep; complete: boolean } | undefined {
  const id = stringAt(raw, 'id');
  if (id === undefined) return undefined;
  const branches: ProcedureBranch[] = listAt(raw, 'branches').map((b) => ({
    id: stringAt(b, 'id') ?? '',
    name: stringAt(b, 'name') ?? stringAt(b, 'id') ?? '',
    steps: listAt(b, 'steps')
      .map((s) => stringAt(s, 'id'))
      .filter((s): s is string => s !== undefined),
  }));
  const join =
    raw.join === undefined || raw.join === 'all' ? branches.map((b) => b.id) : stringsAt(raw, 'join');
  const next = stringAt(raw, 'next');
  const step: ProcedureStep = {
    id,
    name: stringAt(raw, 'name') ?? id,
    owner: { unit: '', role: '' },
    duration: { amount: 0, unit: 'working_hour' },
    result: false,
    transitions: [],
    line: source.lineOf(path),
    fork: { branches, join, next: next ?? '' },
  };
  const complete =
    next !== undefined &&
    branches.length >= 2 &&
    branches.every((b) => b.id && b.steps.length) &&
    (raw.join === undefined || raw.join === 'all' || Array.isArray(raw.join));
  return { step, complete };
}

function toTransition(event: string, value: unknown, line: number): ProcedureTransition | undefined {
  if (typeof value === 'string') return { event, target: value, actions: [], line };
  const target = stringAt(value, 'target');
  if (target === undefined) return undefined;
  const guard = stringAt(value, 'guard');
  return {
    event,
    target,
    ...(guard !== undefined ? { guard } : {}),
    actions: stringsAt(value, 'actions'),
    line,
  };
}

const toDocument = (raw: Raw): ProcedureDocument => ({
  name: stringAt(raw, 'name') ?? '',
  originals: numberAt(raw, 'originals') ?? 1,
  copies: numberAt(raw, 'copies') ?? 0,
  required: raw.required !== false,
});

const toFee = (raw: Raw): ProcedureFee => ({
  name: stringAt(raw, 'name') ?? '',
  amount: numberAt(raw, 'amount') ?? 0,
});
