import type { TimeLimit } from '@motcua/calendar';
import { type Raw, numberAt, recordAt, stringAt } from './raw-data';
import { enumOf } from './schema-parts';
import { LIMIT_UNITS } from './time-limit-units';

/** What happens when a citizen has not brought the supplement within the limit; a flag is raised in every case. */
export const SUPPLEMENT_EXPIRY_ACTIONS = ['flag', 'withdraw', 'stop'] as const;
export type SupplementExpiryAction = (typeof SUPPLEMENT_EXPIRY_ACTIONS)[number];

/** How long a dossier may wait for the citizen's supplement, and what then. */
export interface SupplementWaitPolicy {
  limit: TimeLimit;
  onExpiry: SupplementExpiryAction;
}

/** A procedure's own wait: the limit replaces the center's; without `onExpiry` the center's applies. */
export interface SupplementWaitOverride {
  limit: TimeLimit;
  onExpiry?: SupplementExpiryAction;
}

export const DEFAULT_SUPPLEMENT_WAIT: SupplementWaitPolicy = {
  limit: { amount: 30, unit: 'day' },
  onExpiry: 'flag',
};

/** `supplementWait: { amount, unit, onExpiry }` in org.yaml's `center` and in a procedure file. */
export const supplementWaitSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'unit'],
  properties: {
    amount: { type: 'integer', minimum: 1 },
    unit: enumOf(LIMIT_UNITS),
    onExpiry: enumOf(SUPPLEMENT_EXPIRY_ACTIONS),
  },
} as const;

const expiryOf = (raw: Raw): SupplementExpiryAction | undefined => {
  const value = stringAt(raw, 'onExpiry');
  return SUPPLEMENT_EXPIRY_ACTIONS.find((a) => a === value);
};

const limitOf = (raw: Raw): TimeLimit | undefined => {
  const amount = numberAt(raw, 'amount');
  const unit = LIMIT_UNITS.find((u) => u === stringAt(raw, 'unit'));
  return amount === undefined || unit === undefined ? undefined : { amount, unit };
};

/** The center's policy from a schema-checked `center` block; the default where it says nothing. */
export function toSupplementWait(center: unknown): SupplementWaitPolicy {
  const raw = recordAt(center, 'supplementWait');
  return {
    limit: limitOf(raw) ?? DEFAULT_SUPPLEMENT_WAIT.limit,
    onExpiry: expiryOf(raw) ?? DEFAULT_SUPPLEMENT_WAIT.onExpiry,
  };
}

/** A procedure's override from its schema-checked file, or undefined when it has none. */
export function toSupplementWaitOverride(data: unknown): SupplementWaitOverride | undefined {
  const raw = recordAt(data, 'supplementWait');
  const limit = limitOf(raw);
  if (!limit) return undefined;
  const onExpiry = expiryOf(raw);
  return { limit, ...(onExpiry ? { onExpiry } : {}) };
}

/** The policy a dossier of `procedure` waits under: the procedure's own limit (and action), else the center's. */
export function supplementWaitOf(
  center: SupplementWaitPolicy | undefined,
  procedure: SupplementWaitOverride | undefined,
): SupplementWaitPolicy {
  const base = center ?? DEFAULT_SUPPLEMENT_WAIT;
  if (!procedure) return base;
  return { limit: procedure.limit, onExpiry: procedure.onExpiry ?? base.onExpiry };
}
