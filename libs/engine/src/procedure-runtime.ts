import type { AnyMachineSnapshot } from 'xstate';
import {
  type BranchPosition,
  type BranchValue,
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
import { cloneJson } from './json-clone';
import { firstStep, nextStep } from './machine-step';
import type { CompiledProcedure } from './procedure-compiler';

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
  const { compiled, snapshot } = restored;
  const branch = typeof event.branch === 'string' ? event.branch : undefined;
  // In a fork, an event addressed to a branch is one of that branch's; the dossier-wide ones need no branch.
  const allowed =
    branch !== undefined && !DOSSIER_WIDE.includes(event.type)
      ? allowedInBranch(restored, branch)
      : restored.allowed;
  if (!allowed.includes(event.type)) return { rejected: true, allowed: [...allowed] };
  if (!snapshot.can(event)) {
    const guard = fileTransition(compiled, snapshot, event.type, branch)?.guard;
    return { rejected: true, allowed: [...allowed], ...(guard !== undefined ? { guard } : {}) };
  }
  const [next, actions] = nextStep(compiled.machine, snapshot, event);
  return toResult(compiled, next, actions);
}

/**
 * Events the state accepts. Built-in limits (supplement requests, extensions) are applied; a file guard is
 * not, since it may depend on the payload of the event: `applyEvent` checks it.
 */
export function allowedEvents(compiled: CompiledProcedure, state: PersistedState, branch?: string): string[] {
  const snapshot = restore(compiled, state);
  return branch === undefined
    ? allowedFrom(compiled, snapshot)
    : allowedInBranch({ compiled, snapshot, allowed: [] }, branch);
}

/** Built-in events that act on the whole dossier, in a fork as outside one. */
export const DOSSIER_WIDE: readonly string[] = ['refuse', 'withdraw', 'stop', 'extend'];

/**
 * Events a branch of the fork the dossier is in accepts, addressed to it (`{ type, branch }`): its step's own
 * actions and the supplement pair; none when the dossier is not in a fork or the branch has joined.
 */
export function allowedInBranch(restored: RestoredState, branch: string): string[] {
  const { compiled, snapshot } = restored;
  const position = locate(snapshot.value as PersistedValue).branches?.find((b) => b.branch === branch);
  if (!position || position.step === null) return [];
  const own =
    position.phase === 'active'
      ? (stepOf(compiled, position.step)?.transitions.map((t) => t.event) ?? [])
      : [];
  const builtins = ['request_supplement', 'supplement_received'].filter((type) =>
    snapshot.can({ type, branch }),
  );
  return [...own, ...builtins];
}

// Per procedure, the events a state accepts, by step, phase and the two counters the built-in events' guards
// read: the same few answers are asked for again and again, and finding them walks the machine.
const allowedCache = new WeakMap<CompiledProcedure, Map<string, readonly string[]>>();

function allowedFrom(compiled: CompiledProcedure, snapshot: AnyMachineSnapshot): string[] {
  const { step, phase, branches } = locate(snapshot.value as PersistedValue);
  if (step === null) return [];
  const { supplementRequests, extensions } = snapshot.context as DossierContext;
  let cache = allowedCache.get(compiled);
  if (!cache) allowedCache.set(compiled, (cache = new Map()));
  const key = `${step}\n${phase}\n${supplementRequests}\n${extensions}`;
  let allowed = cache.get(key);
  if (!allowed) {
    // In a fork only the dossier-wide built-ins are the dossier's own; the rest are its branches' (allowedInBranch).
    const own =
      phase === 'active' && !branches ? (stepOf(compiled, step)?.transitions.map((t) => t.event) ?? []) : [];
    const builtins = branches ? DOSSIER_WIDE : BUILTIN_EVENTS;
    allowed = [...own, ...builtins.filter((type) => snapshot.can({ type }))];
    cache.set(key, allowed);
  }
  return [...allowed];
}

function restore(compiled: CompiledProcedure, state: PersistedState): AnyMachineSnapshot {
  const { step, branches } = locate(state.value);
  const missing = [step, ...(branches ?? []).map((b) => b.step)].find(
    (id) => id !== null && !stepOf(compiled, id),
  );
  if (missing !== undefined) {
    throw new Error(
      `${compiled.definition.file}: the dossier is at step '${missing}', which this procedure does not have`,
    );
  }
  return compiled.machine.resolveState({ value: state.value, context: state.context });
}

const stepOf = (compiled: CompiledProcedure, id: string) =>
  compiled.definition.steps.find((s) => s.id === id);

const fileTransition = (
  compiled: CompiledProcedure,
  snapshot: AnyMachineSnapshot,
  event: string,
  branch?: string,
) => {
  const { step, branches } = locate(snapshot.value as PersistedValue);
  const at = branches ? (branches.find((b) => b.branch === branch)?.step ?? null) : step;
  return at === null ? undefined : stepOf(compiled, at)?.transitions.find((t) => t.event === event);
};

const isSubstate = (value: unknown): value is StepSubstate =>
  (STEP_SUBSTATES as readonly unknown[]).includes(value);

/**
 * The step and phase of a state; in a fork, the fork step, each branch's position, and `awaiting_supplement`
 * while a branch waits for the citizen (the dossier's clock is paused).
 */
export function locate(value: PersistedValue): {
  step: string | null;
  phase: Phase;
  branches?: BranchPosition[];
} {
  if (typeof value === 'string') {
    if (!(TERMINAL_STATES as readonly string[]).includes(value)) throw new Error(`unknown state '${value}'`);
    return { step: null, phase: value as TerminalState };
  }
  const [entry] = Object.entries(value);
  if (entry && isSubstate(entry[1])) return { step: entry[0], phase: entry[1] };
  if (!entry || typeof entry[1] !== 'object' || entry[1] === null) {
    throw new Error(`unknown state ${JSON.stringify(value)}`);
  }
  const branches = Object.entries(entry[1] as Record<string, BranchValue>).map(([branch, at]) => {
    if (at === 'joined') return { branch, step: null, phase: 'joined' as const };
    const [inner] = Object.entries(at ?? {});
    if (!inner || !isSubstate(inner[1])) throw new Error(`unknown state ${JSON.stringify(value)}`);
    return { branch, step: inner[0], phase: inner[1] };
  });
  const waiting = branches.some((b) => b.phase === 'awaiting_supplement');
  return { step: entry[0], phase: waiting ? 'awaiting_supplement' : 'active', branches };
}

function toResult(
  compiled: CompiledProcedure,
  snapshot: AnyMachineSnapshot,
  actions: Array<{ type: string }>,
): EngineResult {
  const value = cloneJson(snapshot.value as PersistedValue);
  const context = cloneJson(snapshot.context as DossierContext);
  const { step, phase, branches } = locate(value);
  return {
    state: { value, context },
    step,
    phase,
    resultReady: step !== null && stepOf(compiled, step)?.result === true,
    actions: actions.map((a) => a.type).filter((type) => compiled.actionNames.has(type)),
    context: cloneJson(context),
    ...(branches ? { branches } : {}),
  };
}
