// Dates and clock times are strings here; calendar-year.rules checks they are real ones.
const date = { type: 'string' };
const clock = { type: 'string' };
const name = { type: 'string', minLength: 1 };

export const calendarYearSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['year', 'daysOff'],
  properties: {
    year: { type: 'integer', minimum: 1900, maximum: 9999 },
    status: { type: 'string', enum: ['official', 'provisional'] },
    source: { type: 'string', minLength: 1 },
    workingHours: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: { from: clock, to: clock },
      },
    },
    daysOff: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'kind'],
        properties: {
          date,
          from: date,
          to: date,
          name,
          kind: { type: 'string', enum: ['holiday', 'compensatory', 'swap'] },
        },
      },
    },
    workingDays: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['date', 'name'],
        properties: { date, name },
      },
    },
  },
};
