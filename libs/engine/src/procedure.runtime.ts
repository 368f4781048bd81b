import type { AnyMachineSnapshot } from 'xstate';
import {
  BUILTIN_EVENTS,
  STEP_SUBSTATES,
  TERMINAL_STATES,
  type DossierContext,
  type EngineEvent,
  type EngineRejection,
  type EngineResult,
  type PersistedState,
  type PersistedValue,
  type Phase,
  type StepSubstate,
  type TerminalState,
} from './engine.types';
import { cloneJson } from './json.clone';
import { firstStep, nextStep } from './machine.step';
import type { CompiledProcedure } from './procedure.compiler';

/** A new dossier: the first step, active. */
export function startDossier(compiled: CompiledProcedure): EngineResult {
  const [snapshot, actions] = firstStep(compiled.machine);
  return toResult(compiled, snapshot, actions);
}

/**
 * A stored state restored into the machine once, with the events it accepts: what both checking an action
 * (`allowedEvents`) and taking it (`applyEvent`) start from, so that a caller doing both restores only once.
 */
export interface RestoredState {
  readonly compiled: CompiledProcedure;
  readonly snapshot: AnyMachineSnapshot;
  /** As `allowedEvents`. */
  readonly allowed: string[];
}

/** Throws when `state` does not belong to this procedure (a step it does not have). */
export function restoreState(compiled: CompiledProcedure, state: PersistedState): RestoredState {
  const snapshot = restore(compiled, state);
  return { compiled, snapshot, allowed: allowedFrom(compiled, snapshot) };
}

/**
 * The dossier after `event`, or a rejection listing the events its state accepts. Throws when `state`
 * does not belong to this procedure (a step it does not have).
 */
export function applyEvent(
  compiled: CompiledProcedure,
  state: PersistedState,
  event: EngineEvent,
): EngineResult | EngineRejection {
  return applyEventTo(restoreState(compiled, state), event);
}

/** `applyEvent` from a state already restored. */
export function applyEventTo(restored: RestoredState, event: EngineEvent): EngineResult | EngineRejection {
  const { compiled, snapshot, allowed } = restored;
  if (!allowed.includes(event.type)) return { rejected: true, allowed: [...allowed] };
  if (!snapshot.can(event)) {
    const guard = fileTransition(compiled, snapshot, event.type)?.guard;
    return { rejected: true, allowed: [...allowed], ...(guard !== undefined ? { guard } : {}) };
  }
  const [next, actions] = nextStep(compiled.machine, snapshot, event);
  return toResult(compiled, next, actions);
}

/**
 * Events the state accepts. Built-in limits (supplement requests, extensions) are applied; a file guard is
 * not, since it may depend on the payload of the event: `applyEvent` checks it.
 */
export function allowedEvents(compiled: CompiledProcedure, state: PersistedState): string[] {
  return allowedFrom(compiled, restore(compiled, state));
}

// Per procedure, the events a state accepts, by step, phase and the two counters the built-in events' guards
// read: the same few answers are asked for again and again, and finding them walks the machine.
const allowedCache = new WeakMap<CompiledProcedure, Map<string, readonly string[]>>();

function allowedFrom(compiled: CompiledProcedure, snapshot: AnyMachineSnapshot): string[] {
  const { step, phase } = locate(snapshot.value as PersistedValue);
  if (step === null) return [];
  const { supplementRequests, extensions } = snapshot.context as DossierContext;
  let cache = allowedCache.get(compiled);
  if (!cache) allowedCache.set(compiled, (cache = new Map()));
  const key = `${step}\n${phase}\n${supplementRequests}\n${extensions}`;
  let allowed = cache.get(key);
  if (!allowed) {
    const own = phase === 'active' ? (stepOf(compiled, step)?.transitions.map((t) => t.event) ?? []) : [];
    allowed = [...own, ...BUILTIN_EVENTS.filter((type) => snapshot.can({ type }))];
    cache.set(key, allowed);
  }
  return [...allowed];
}

function restore(compiled: CompiledProcedure, state: PersistedState): AnyMachineSnapshot {
  const { step } = locate(state.value);
  if (step !== null && !stepOf(compiled, step)) {
    throw new Error(
      `${compiled.definition.file}: the dossier is at step '${step}', which this procedure does not have`,
    );
  }
  return compiled.machine.resolveState({ value: state.value, context: state.context });
}

const stepOf = (compiled: CompiledProcedure, id: string) =>
  compiled.definition.steps.find((s) => s.id === id);

const fileTransition = (compiled: CompiledProcedure, snapshot: AnyMachineSnapshot, event: string) => {
  const { step } = locate(snapshot.value as PersistedValue);
  return step === null ? undefined : stepOf(compiled, step)?.transitions.find((t) => t.event === event);
};

export function locate(value: PersistedValue): { step: string | null; phase: Phase } {
  if (typeof value === 'string') {
    if (!(TERMINAL_STATES as readonly string[]).includes(value)) throw new Error(`unknown state '${value}'`);
    return { step: null, phase: value as TerminalState };
  }
  const [entry] = Object.entries(value);
  if (!entry || !(STEP_SUBSTATES as readonly string[]).includes(entry[1])) {
    throw new Error(`unknown state ${JSON.stringify(value)}`);
  }
  return { step: entry[0], phase: entry[1] as StepSubstate };
}

function toResult(
  compiled: CompiledProcedure,
  snapshot: AnyMachineSnapshot,
  actions: Array<{ type: string }>,
): EngineResult {
  const value = cloneJson(snapshot.value as PersistedValue);
  const context = cloneJson(snapshot.context as DossierContext);
  const { step, phase } = locate(value);
  return {
    state: { value, context },
    step,
    phase,
    resultReady: step !== null && stepOf(compiled, step)?.result === true,
    actions: actions.map((a) => a.type).filter((type) => compiled.actionNames.has(type)),
    context: cloneJson(context),
  };
}
