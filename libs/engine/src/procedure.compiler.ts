import { assign, setup, type AnyStateMachine } from 'xstate';
import type { EngineRegistry } from './engine.registry';
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
    },
  }).createMachine({
    id: MACHINE_ID,
    context: initialContext(def),
    initial: def.steps[0].id,
    states: {
      ...Object.fromEntries(def.steps.map((step, index) => [step.id, stepState(step, index, def)])),
      ...Object.fromEntries(TERMINAL_STATES.map((name) => [name, { type: 'final' as const }])),
    },
  });
  return { definition: def, machine, actionNames: new Set(Object.keys(registry.actions)) };
}

function stepState(step: ProcedureStep, index: number, def: ProcedureDefinition) {
  // A send-back returns to a step already visited that comes no later in the file than the current one;
  // moving on again after it (appraise → sign a second time) is not one.
  const isBack = (target: string): boolean => {
    const at = def.steps.findIndex((s) => s.id === target);
    return at >= 0 && at <= index;
  };
  return {
    initial: 'active' as const,
    on: { refuse: ref('refused'), withdraw: ref('withdrawn'), stop: ref('stopped') },
    states: {
      active: {
        on: {
          ...Object.fromEntries(step.transitions.map((t) => [t.event, fileTransition(t, isBack(t.target))])),
          request_supplement: {
            target: 'awaiting_supplement',
            guard: INTERNAL.canRequestSupplement,
            actions: INTERNAL.countSupplement,
          },
          extend: { guard: INTERNAL.canExtend, actions: INTERNAL.countExtension },
        },
      },
      awaiting_supplement: { on: { supplement_received: 'active' } },
    },
  };
}

const fileTransition = (t: ProcedureTransition, back: boolean) => ({
  target: ref(t.target),
  ...(t.guard !== undefined ? { guard: t.guard } : {}),
  actions: [
    ...t.actions.flatMap((name) => [{ type: INTERNAL.apply, params: { action: name } }, { type: name }]),
    ...(t.target === 'done' ? [] : [{ type: INTERNAL.enter, params: { step: t.target, back } }]),
  ],
});
