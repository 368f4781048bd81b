import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppException, databaseOptions } from '@motcua/common';
import { loadCatalog } from '@motcua/catalog';
import { SimulationRepository, SimulationService, type SimulationRequest } from '@motcua/improvement';
import { formatSourceError } from '@motcua/source';
import { type AsyncCommand, UsageError } from '../cli.types';
import { printSimulation } from './simulate-print.rules';

/** `unit=6` pairs (or `step=90`) into numbers by name. */
export function countsOf(option: string, pairs: string[]): Record<string, number> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const [name, value, ...rest] = pair.split('=');
      const n = Number(value);
      if (!name || rest.length > 0 || value === undefined || !Number.isFinite(n) || n < 0)
        throw new UsageError(`${option}: expected name=number, got '${pair}'`);
      return [name, n];
    }),
  );
}

/**
 * simulate <draft file> --from <yyyy-mm-dd> --to <yyyy-mm-dd> [--seed n] [--staff unit=n]... [--assume step=minutes]...
 * [--json]: replays the period's dossiers through the current revision and the draft (docs/improvement.md).
 * Exit 1 when the draft is refused, 3 when the current revision does not reproduce what happened.
 */
export const simulateCommand: AsyncCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      seed: { type: 'string' },
      staff: { type: 'string', multiple: true },
      assume: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('simulate needs exactly one <draft file>');
  if (!values.from || !values.to) throw new UsageError('simulate needs --from and --to (yyyy-mm-dd)');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed: expected an integer');
  const request: SimulationRequest = {
    draft: readFileSync(file, 'utf8'),
    from: values.from,
    to: values.to,
    seed,
    staff: countsOf('--staff', values.staff ?? []),
    assume: countsOf('--assume', values.assume ?? []),
  };
  const { catalog, errors } = loadCatalog(io.workflowsDir);
  if (!catalog) {
    errors.forEach((e) => io.err(formatSourceError(e)));
    return 1;
  }
  // Only the database is read: the rest of the service's environment (Redis, secrets) is not needed here.
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith('postgres')) throw new UsageError('simulate reads DATABASE_URL (postgres://…)');
  const db = await new DataSource({ ...databaseOptions(url), extra: { max: 3 } }).initialize();
  try {
    const result = await new SimulationService(db, new SimulationRepository(), catalog).run(
      request,
      null,
      new Date(),
    );
    if (values.json) io.out(JSON.stringify(result));
    else printSimulation(result, io);
    return result.check.reproduced ? 0 : 3;
  } catch (error) {
    if (error instanceof AppException) {
      io.err(`simulate: ${error.code}: ${error.message}`);
      for (const line of (error.details?.errors as string[] | undefined) ?? []) io.err(line);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
};
