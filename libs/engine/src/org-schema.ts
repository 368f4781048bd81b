import { LEVELS } from './procedure.types';
import { clockTime, enumOf, text } from './schema-parts';
import { supplementWaitSchema } from './supplement-wait';
import { TRANSFER_CLOCKS } from './org.types';

export const UNIT_ID_PATTERN = '^[a-z][a-z0-9-]*$';
export const ROLE_PATTERN = '^[a-z][a-z0-9_]*$';

export const unitId = {
  type: 'string',
  pattern: UNIT_ID_PATTERN,
  description: 'unitId',
} as const;

export const roleName = {
  type: 'string',
  pattern: ROLE_PATTERN,
  description: 'roleName',
} as const;

const roleList = { type: 'array', items: roleName } as const;

export const orgSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['center', 'roles', 'units', 'users'],
  properties: {
    center: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: text,
        cutoff: { ...clockTime, type: ['string', 'null'] },
        workingHours: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to'],
            properties: { from: clockTime, to: clockTime },
          },
        },
        supplementWait: supplementWaitSchema,
        transferClock: enumOf(TRANSFER_CLOCKS),
      },
    },
    roles: { ...roleList, minItems: 1 },
    units: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'level', 'roles'],
        properties: {
          id: unitId,
          name: text,
          agencyId: {
            type: 'string',
            pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$',
            description: 'agencyId',
          },
          level: enumOf(LEVELS),
          parent: unitId,
          roles: roleList,
        },
      },
    },
    users: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['username', 'fullName', 'title', 'unit', 'roles'],
        properties: {
          username: {
            type: 'string',
            pattern: '^[a-z][a-z0-9._-]*$',
            description: 'username',
          },
          fullName: text,
          title: text,
          unit: unitId,
          roles: { ...roleList, minItems: 1 },
        },
      },
    },
  },
} as const;
