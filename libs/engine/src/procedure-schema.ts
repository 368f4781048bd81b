import { roleName, unitId } from './org-schema';
import { CONSULTATION_MODES, LEVELS, ONLINE_MODES, PAYMENT_TIMINGS } from './procedure.types';
import { clockTime, enumOf, text } from './schema-parts';
import { LIMIT_UNITS, WORKING_UNITS } from './time-limit-units';
import { supplementWaitSchema } from './supplement-wait';

export const CODE_PATTERN = /^\d\.\d{6}$/;
/** A field (lĩnh vực) code of the procedure catalog, sent to the portal as MaLinhVuc. */
export const FIELD_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_.-]{0,31}$/;
/**
 * The authority's local procedure code as the national portal publishes it: the national code, then
 * `.000.00.00.` and the province's letter-and-digits code (`2.000488.000.00.00.H38`).
 */
export const LOCAL_CODE_PATTERN = /^\d\.\d{6}\.000\.00\.00\.[A-Z]\d{2}$/;
/** An instant with its offset: `2027-01-01T00:00:00+07:00` (seconds optional, `Z` allowed). */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
export const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

const name = {
  type: 'string',
  pattern: NAME_PATTERN.source,
  description: 'name',
} as const;
const registryName = { type: 'string', minLength: 1 } as const;
const count = { type: 'integer', minimum: 0 } as const;

// A transition is either a target (short form) or an object (long form); object keywords only apply to objects.
const transition = {
  type: ['string', 'object'],
  minLength: 1,
  additionalProperties: false,
  required: ['target'],
  properties: {
    target: text,
    guard: registryName,
    actions: { type: 'array', items: registryName },
  },
} as const;

const stepProperties = {
  id: name,
  name: text,
  owner: {
    type: 'object',
    additionalProperties: false,
    required: ['unit', 'role'],
    properties: { unit: unitId, role: roleName },
  },
  duration: {
    type: 'object',
    additionalProperties: false,
    required: ['amount', 'unit'],
    properties: { amount: { type: 'number', minimum: 0 }, unit: enumOf(LIMIT_UNITS) },
  },
  result: { type: 'boolean' },
  output: text,
  actions: { type: 'object', additionalProperties: transition },
} as const;

const OWNED_STEP_REQUIRED = ['id', 'name', 'owner', 'duration', 'actions'];
const FORK_REQUIRED = ['id', 'name', 'branches', 'next'];
// Ajv's strict mode wants each required field declared where it is required (the step declares them all).
const declared = (fields: string[]) => Object.fromEntries(fields.map((f) => [f, true]));

/** A step of a branch: an ordinary step (a branch does not fork again). */
const branchStep = {
  type: 'object',
  additionalProperties: false,
  required: OWNED_STEP_REQUIRED,
  properties: stepProperties,
} as const;

const branch = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'steps'],
  properties: { id: name, name: text, steps: { type: 'array', minItems: 1, items: branchStep } },
} as const;

/** A step with an owner, or a fork: `branches` (at least two) joined by `join` (`all` or a subset), then `next`. */
const step = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...stepProperties,
    branches: { type: 'array', minItems: 2, items: branch },
    join: {
      type: ['string', 'array'],
      pattern: '^all$',
      description: "must be 'all' or a list of branch ids",
      minItems: 1,
      uniqueItems: true,
      items: name,
    },
    // Top-level steps only: a branch step neither extends the statutory limit nor asks for opinions.
    extendsLimit: {
      type: 'object',
      additionalProperties: false,
      required: ['amount', 'unit', 'rule'],
      properties: { amount: { type: 'number', exclusiveMinimum: 0 }, unit: enumOf(LIMIT_UNITS), rule: text },
    },
    consultation: enumOf(CONSULTATION_MODES),
    next: text,
  },
  if: { properties: { branches: true }, required: ['branches'] },
  then: { properties: declared(FORK_REQUIRED), required: FORK_REQUIRED },
  else: { properties: declared(OWNED_STEP_REQUIRED), required: OWNED_STEP_REQUIRED },
} as const;

const workingSpan = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'unit'],
  properties: { amount: { type: 'number', exclusiveMinimum: 0 }, unit: enumOf(WORKING_UNITS) },
} as const;

const deadlines = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dueSoon: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fraction: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        hours: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    stalledAfter: workingSpan,
    escalate: {
      type: 'object',
      additionalProperties: false,
      properties: { head: workingSpan, supervisor: workingSpan },
    },
  },
} as const;

export const procedureSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'version', 'name', 'field', 'fieldCode', 'level', 'deadline', 'online', 'steps'],
  properties: {
    // A number is let through so that the validator can explain the missing quotes.
    code: {
      type: ['string', 'number'],
      pattern: CODE_PATTERN.source,
      description: 'code',
    },
    version: { type: 'integer', minimum: 1 },
    localCode: { type: 'string', pattern: LOCAL_CODE_PATTERN.source, description: 'localCode' },
    effectiveFrom: { type: 'string', pattern: INSTANT_PATTERN.source, description: 'instant' },
    name: text,
    field: text,
    fieldCode: {
      type: 'string',
      pattern: FIELD_CODE_PATTERN.source,
      description: 'fieldCode',
    },
    level: enumOf(LEVELS),
    agency: unitId,
    deciders: { type: 'array', minItems: 1, uniqueItems: true, items: roleName },
    deadline: {
      type: 'object',
      additionalProperties: false,
      required: ['amount', 'unit'],
      properties: {
        amount: { type: 'number', exclusiveMinimum: 0 },
        unit: enumOf(LIMIT_UNITS),
        dueAtClose: { type: 'boolean' },
      },
    },
    cutoff: { ...clockTime, type: ['string', 'null'] },
    online: enumOf(ONLINE_MODES),
    maxSupplementRequests: count,
    supplementWait: supplementWaitSchema,
    deadlines,
    documents: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: text, originals: count, copies: count, required: { type: 'boolean' } },
      },
    },
    fees: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'amount'],
        properties: { name: text, amount: count },
      },
    },
    payment: enumOf(PAYMENT_TIMINGS),
    source: text,
    steps: { type: 'array', minItems: 1, items: step },
  },
} as const;
