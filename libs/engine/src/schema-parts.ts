export const clockTime = {
  type: 'string',
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description: 'clockTime',
} as const;

export const text = { type: 'string', minLength: 1 } as const;

export const enumOf = (values: readonly string[]) => ({ type: 'string', enum: [...values] }) as const;
