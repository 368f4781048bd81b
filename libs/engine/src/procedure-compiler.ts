import { and, assign, setup, type AnyStateMachine } from 'xstate';
import type { EngineRegistry } from './engine-registry';
import { MAX_EXTENSIONS, TERMINAL_STATES, type DossierContext, type EngineEvent } from './engine.types';
import type { ProcedureDefinition, ProcedureStep, ProcedureTransition } from './procedure.types';

export const MACHINE_ID = 'procedure';

export interface CompiledProcedure {
  definition: ProcedureDefinition;
  machine: AnyStateMachine;
  /** Names of registry actions, to pick them out of the actions a transition returns. */
  actionNames: ReadonlySet<string>;
}

// Internal names carry a dot so that they can never clash with a registry name.
const INTERNAL = {
  apply: 'engine.apply',
  enter: 'engine.enter',
  countSupplement: 'engine.countSupplement',
  countExtension: 'engine.countExtension',
  canRequestSupplement: 'engine.canRequestSupplement',
  canExtend: 'engine.canExtend',
  inBranch: 'engine.inBranch',
  joinDone: 'engine.joinDone',
  openFork: 'engine.openFork',
  join: 'engine.join',
} as const;

const ref = (state: string): string => `#${MACHINE_ID}.${state}`;

export const initialContext = (def: ProcedureDefinition): DossierContext => ({
  supplementRequests: 0,
  extensions: 0,
  sendBacks: 0,
  visited: def.steps.length ? [def.steps[0].id] : [],
  feesPaid: false,
});

/** Builds the XState machine of a validated definition; throws when it names what the registry lacks. */
export function compileProcedure(def: ProcedureDefinition, registry: EngineRegistry): CompiledProcedure {
  if (!def.steps.length) throw new Error(`${def.file}: a procedure needs at least one step`);
  for (const step of def.steps) {
    for (const t of step.transitions) {
      if (t.guard !== undefined && !Object.hasOwn(registry.guards, t.guard))
        throw new Error(`${def.file}: no guard '${t.guard}' in the registry`);
      for (const a of t.actions)
        if (!Object.hasOwn(registry.actions, a))
          throw new Error(`${def.file}: no action '${a}' in the registry`);
    }
  }
  const machine = setup({
    types: { context: {} as DossierContext, events: {} as EngineEvent },
    guards: {
      ...registry.guards,
      [INTERNAL.canRequestSupplement]: ({ context }: { context: DossierContext }) =>
        context.supplementRequests < def.maxSupplementRequests,
      [INTERNAL.canExtend]: ({ context }: { context: DossierContext }) => context.extensions < MAX_EXTENSIONS,
      // Every region of a fork sees every event: a branch's transitions take only the events addressed to it.
      [INTERNAL.inBranch]: ({ event }: { event: EngineEvent }, params: { branch: string }) =>
        event.branch === params.branch,
      [INTERNAL.joinDone]: ({ context }: { context: DossierContext }, params: { join: string[] }) =>
        params.join.every((b) => context.joined?.includes(b)),
    },
    actions: {
      // Registry actions stay plain functions so that a pure transition returns them by name (the outbox);
      // their context changes are applied by `engine.apply` just before.
      ...Object.fromEntries(Object.keys(registry.actions).map((name) => [name, () => undefined])),
      [INTERNAL.apply]: assign(({ context, event }, params: { action: string }) => ({
        ...(registry.actions[params.action]({ context, event }) ?? {}),
      })),
      [INTERNAL.enter]: assign(({ context }, params: { step: string; back: boolean }) =>
        context.visited.includes(params.step)
          ? { sendBacks: context.sendBacks + (params.back ? 1 : 0) }
          : { visited: [...context.visited, params.step] },
      ),
      [INTERNAL.countSupplement]: assign(({ context }) => ({
        supplementRequests: context.supplementRequests + 1,
      })),
      [INTERNAL.countExtension]: assign(({ context }) => ({ extensions: context.extensions + 1 })),
      [INTERNAL.openFork]: assign(({ context }, params: { branches: string[]; firsts: string[] }) => ({
        joined: (context.joined ?? []).filter((b) => !params.branches.includes(b)),
        visited: [...context.visited, ...params.firsts.filter((s) => !context.visited.includes(s))],
      })),
      [INTERNAL.join]: assign(({ context }, params: { branch: string }) => ({
        joined: [...(context.joined ?? []), params.branch],
      })),
    },
  }).createMachine({
    id: MACHINE_ID,
    context: initialContext(def),
    initial: def.steps[0].id,
    states: {
      ...Object.fromEntries(
        def.steps
          .filter((step) => step.branch === undefined)
          .map((step) => [step.id, step.fork ? forkState(step, def) : stepState(step, def)]),
      ),
      ...Object.fromEntries(TERMINAL_STATES.map((name) => [name, { type: 'final' as const }])),
    },
  });
  return { definition: def, machine, actionNames: new Set(Object.keys(registry.actions)) };
}

/** Where a step's targets are: the top-level states, or the sibling states of a branch's region. */
interface Scope {
  target: (id: string) => string;
  branch?: string;
}

const TOP: Scope = { target: ref };

// A send-back returns to a step already visited that comes no later in the file than the current one; moving on
// again after it (appraise → sign a second time) is not one.
const isBack = (def: ProcedureDefinition, step: ProcedureStep, target: string): boolean => {
  const at = def.steps.findIndex((s) => s.id === target);
  return at >= 0 && at <= def.steps.indexOf(step);
};

function stepState(step: ProcedureStep, def: ProcedureDefinition, scope: Scope = TOP) {
  const inBranch =
    scope.branch !== undefined ? { type: INTERNAL.inBranch, params: { branch: scope.branch } } : null;
  const onlyHere = <T extends object>(t: T): T => (inBranch ? { ...t, guard: inBranch } : t);
  return {
    initial: 'active' as const,
    // In a fork, the dossier-wide built-ins (refuse, withdraw, stop, extend) belong to the fork state.
    ...(inBranch ? {} : { on: { refuse: ref('refused'), withdraw: ref('withdrawn'), stop: ref('stopped') } }),
    states: {
      active: {
        on: {
          ...Object.fromEntries(
            step.transitions.map((t) => [t.event, fileTransition(t, isBack(def, step, t.target), scope)]),
          ),
          request_supplement: {
            target: 'awaiting_supplement',
            guard: inBranch ? and([INTERNAL.canRequestSupplement, inBranch]) : INTERNAL.canRequestSupplement,
            actions: INTERNAL.countSupplement,
          },
          ...(inBranch ? {} : { extend: { guard: INTERNAL.canExtend, actions: INTERNAL.countExtension } }),
        },
      },
      awaiting_supplement: { on: { supplement_received: onlyHere({ target: 'active' }) } },
    },
  };
}

/**
 * A fork: one region per branch, each running its steps to `joined`; the fork leaves for `next` as soon as the
 * branches it waits for have joined (the others are closed with it).
 */
function forkState(step: ProcedureStep, def: ProcedureDefinition) {
  const fork = step.fork!;
  const next = fork.next;
  return {
    type: 'parallel' as const,
    entry: {
      type: INTERNAL.openFork,
      params: { branches: fork.branches.map((b) => b.id), firsts: fork.branches.map((b) => b.steps[0]) },
    },
    on: {
      refuse: ref('refused'),
      withdraw: ref('withdrawn'),
      stop: ref('stopped'),
      extend: { guard: INTERNAL.canExtend, actions: INTERNAL.countExtension },
    },
    always: {
      guard: { type: INTERNAL.joinDone, params: { join: fork.join } },
      target: ref(next),
      actions: next === 'done' ? [] : [{ type: INTERNAL.enter, params: { step: next, back: false } }],
    },
    states: Object.fromEntries(
      fork.branches.map((branch) => {
        const scope: Scope = {
          branch: branch.id,
          target: (id) =>
            id === 'joined' ? ref(`${step.id}.${branch.id}.joined`) : ref(`${step.id}.${branch.id}.${id}`),
        };
        const steps = def.steps.filter((s) => s.branch === branch.id && s.forkOf === step.id);
        return [
          branch.id,
          {
            initial: branch.steps[0],
            states: {
              ...Object.fromEntries(steps.map((s) => [s.id, stepState(s, def, scope)])),
              joined: {},
            },
          },
        ];
      }),
    ),
  };
}

const fileTransition = (t: ProcedureTransition, back: boolean, scope: Scope) => {
  const inBranch =
    scope.branch !== undefined ? { type: INTERNAL.inBranch, params: { branch: scope.branch } } : null;
  const guard = inBranch ? (t.guard !== undefined ? and([t.guard, inBranch]) : inBranch) : t.guard;
  const ends = t.target === 'done' || t.target === 'joined';
  return {
    target: scope.target(t.target),
    ...(guard !== undefined ? { guard } : {}),
    actions: [
      ...t.actions.flatMap((name) => [{ type: INTERNAL.apply, params: { action: name } }, { type: name }]),
      ...(ends ? [] : [{ type: INTERNAL.enter, params: { step: t.target, back } }]),
      ...(t.target === 'joined' ? [{ type: INTERNAL.join, params: { branch: scope.branch! } }] : []),
    ],
  };
};
