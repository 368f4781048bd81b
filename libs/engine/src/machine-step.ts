import { type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, createActor } from 'xstate';
import type { EngineEvent } from './engine.types';

/** What a pure step returns: the next snapshot and the actions XState would execute, in order. */
export type Step = [AnyMachineSnapshot, Array<{ type: string }>];

// XState's `transition` and `initialTransition` build a new inert actor (running the machine's initial
// transition) on every call. The actor only lends the scope its identity, and these machines never spawn,
// invoke, raise or delay, so one per machine is enough; each step still gets its own action collector.
const actors = new WeakMap<AnyStateMachine, ReturnType<typeof createActor>>();

function scope(machine: AnyStateMachine, actions: Array<{ type: string }>): AnyActorScope {
  let self = actors.get(machine);
  if (!self) actors.set(machine, (self = createActor(machine)));
  return {
    self,
    system: self.system,
    id: '',
    sessionId: '',
    logger: () => undefined,
    defer: () => undefined,
    emit: () => undefined,
    stopChild: () => undefined,
    actionExecutor: (action) => void actions.push(action),
  };
}

/** As XState's `initialTransition(machine)`. */
export function firstStep(machine: AnyStateMachine): Step {
  const actions: Array<{ type: string }> = [];
  return [machine.getInitialSnapshot(scope(machine, actions), undefined), actions];
}

/** As XState's `transition(machine, snapshot, event)`. */
export function nextStep(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EngineEvent): Step {
  const actions: Array<{ type: string }> = [];
  return [machine.transition(snapshot, event, scope(machine, actions)), actions];
}
