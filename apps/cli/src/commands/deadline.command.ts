import { parseArgs } from 'node:util';
import { findProcedure, loadCatalog } from '@motcua/catalog';
import { type LimitUnit, parseInstant, type TimeLimit, toVietnamIso } from '@motcua/calendar';
import { formatSourceError } from '@motcua/source';
import { type Command, UsageError } from '../cli.types';

const UNITS: LimitUnit[] = ['working_hour', 'working_day', 'day', 'month'];

export const deadline: Command = (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      received: { type: 'string' },
      procedure: { type: 'string' },
      amount: { type: 'string' },
      unit: { type: 'string' },
      cutoff: { type: 'string' },
      'due-at-close': { type: 'boolean' },
      dir: { type: 'string' },
    },
  });
  if (!values.received) throw new UsageError('deadline needs --received <ISO instant>');
  if (!values.procedure === !values.amount) {
    throw new UsageError('deadline needs either --procedure <code> or --amount <n> --unit <unit>');
  }
  let receivedAt: Date;
  try {
    receivedAt = parseInstant(values.received);
  } catch (error) {
    throw new UsageError(`--received: ${(error as Error).message}`);
  }
  if (
    values.cutoff !== undefined &&
    values.cutoff !== 'none' &&
    !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.cutoff)
  ) {
    throw new UsageError(`--cutoff: expected HH:MM or none, got '${values.cutoff}'`);
  }

  const { catalog, errors } = loadCatalog(values.dir ?? io.workflowsDir);
  if (!catalog) {
    errors.forEach((e) => io.err(formatSourceError(e)));
    return 1;
  }
  let limit: TimeLimit;
  let cutoff: string | null | undefined = values.cutoff === 'none' ? null : values.cutoff;
  if (values.procedure) {
    if (!findProcedure(catalog, values.procedure)) {
      throw new UsageError(`--procedure: no procedure ${values.procedure}`);
    }
    // The version a dossier received at that instant starts on (a newer one may wait for its effectiveFrom).
    const procedure = findProcedure(catalog, values.procedure, undefined, receivedAt);
    if (!procedure) {
      throw new UsageError(
        `--procedure: no version of ${values.procedure} is in effect at ${values.received}`,
      );
    }
    limit = procedure.definition.deadline;
    if (cutoff === undefined) cutoff = procedure.definition.cutoff;
  } else {
    const amount = Number(values.amount);
    if (!Number.isFinite(amount) || amount < 0)
      throw new UsageError(`--amount: expected a number >= 0, got '${values.amount}'`);
    if (!UNITS.includes(values.unit as LimitUnit))
      throw new UsageError(`--unit: expected one of ${UNITS.join(', ')}`);
    limit = { amount, unit: values.unit as LimitUnit, dueAtClose: values['due-at-close'] ?? false };
  }
  if (cutoff === undefined) cutoff = catalog.org.center.cutoff ?? null;

  const result = catalog.calendar.deadline(receivedAt, limit, { cutoff });
  io.out(
    JSON.stringify({
      receivedAt: toVietnamIso(result.receivedAt),
      clockStartsAt: toVietnamIso(result.clockStartsAt),
      dueAt: toVietnamIso(result.dueAt),
    }),
  );
  return 0;
};
