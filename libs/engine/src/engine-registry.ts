import type { DossierContext, EngineEvent } from './engine.types';

export interface EngineArgs {
  context: DossierContext;
  event: EngineEvent;
}

/** A pure predicate on the dossier context and the event's payload. */
export type GuardFn = (args: EngineArgs) => boolean;

/**
 * A pure action: it may return changes to the dossier context. Side effects belong to whoever reads the
 * action names from the engine result (the outbox), never to the function itself.
 */
export type ActionFn = (args: EngineArgs) => Partial<DossierContext> | void;

export interface EngineRegistry {
  guards: Record<string, GuardFn>;
  actions: Record<string, ActionFn>;
}

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

export const defaultRegistry: EngineRegistry = {
  guards: {
    feesPaid: ({ context, event }) => event.feesPaid === true || context.feesPaid,
    hasComment: ({ event }) => hasText(event.comment),
  },
  actions: {
    recordFeesPaid: () => ({ feesPaid: true }),
    requestPayment: () => undefined,
    notifyApplicant: () => undefined,
  },
};
