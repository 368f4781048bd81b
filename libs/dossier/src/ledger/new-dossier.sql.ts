import type { EntityManager } from 'typeorm';
import { notifyRelayOnCommit, type OutboxItem, outboxInsert } from '@motcua/queue';
import { dailyLimitReached, type DailyCounter } from '../dossier-code.rules';
import { DossierEntity } from '../dossier.entity';
import { DossierEventEntity } from '../dossier-event.entity';
import { DossierPauseEntity } from '../dossier-pause.entity';
import { columnValues, mappingOf } from './dossier.sql';

/** A JSON value into which the statement writes the new dossier's code and lookup key at the given paths. */
export class Stamped {
  constructor(
    readonly json: unknown,
    readonly paths: { code?: string[]; lookupKey?: string[] },
  ) {}
}

/** An SQL expression in place of a value. */
class Expression {
  constructor(readonly sql: string) {}
}

/** The database's clock, for a column its readers compare with now() (a delivery's next attempt). */
export const DATABASE_NOW = new Expression('now()');
const DRAWN_CODE = new Expression('seq.code');

/** A row written with the dossier: values by column name (jsonb ones serialized, or Stamped). */
export interface DependentRow {
  table: string;
  values: Record<string, unknown>;
}

/** Everything a new dossier writes: the dossier (its id drawn by the caller), its first event, pause, jobs, rows. */
export interface NewDossier {
  /** Its code, or the counter it takes the next number of. */
  code: string | DailyCounter;
  dossier: Partial<Omit<DossierEntity, 'code' | 'lookupKey'>> & { id: string };
  event: Partial<DossierEventEntity>;
  pause?: Partial<DossierPauseEntity>;
  jobs: OutboxItem[];
  rows: DependentRow[];
}

export interface NewDossierKeys {
  code: string;
  lookupKey: string;
}

const COUNTER = `INSERT INTO dossier_sequence (agency_id, day, last) VALUES ($1, $2, 1)
  ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_sequence.last + 1
  RETURNING $3::text || lpad(last::text, 4, '0') AS code`;
const GIVEN = `SELECT $1::text AS code`;

const isDailyLimit = (error: unknown): boolean => {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23514' && driver.constraint === 'dossier_sequence_daily_limit';
};

/**
 * Writes a new dossier in ONE statement whose first step takes its number from the agency's counter of the day:
 * the counter row stays locked for that statement and its commit only, not while the rest is built and sent.
 * Gap-free all the same: a statement that fails gives its number back. Outside a transaction it commits alone.
 */
export async function insertNewDossier(manager: EntityManager, plan: NewDossier): Promise<NewDossierKeys> {
  const counter = typeof plan.code === 'string' ? null : plan.code;
  const params: unknown[] = counter ? [counter.agencyId, counter.day, counter.prefix] : [plan.code];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const cell = (value: unknown): string => {
    if (value instanceof Expression) return value.sql;
    if (!(value instanceof Stamped)) return param(value);
    let sql = `${param(JSON.stringify(value.json))}::jsonb`;
    if (value.paths.code) sql = `jsonb_set(${sql}, ${param(value.paths.code)}, to_jsonb(created.code))`;
    if (value.paths.lookupKey)
      sql = `jsonb_set(${sql}, ${param(value.paths.lookupKey)}, to_jsonb(created.lookup_key))`;
    return sql;
  };
  const insert = (table: string, values: Array<[string, unknown]>, from: string): string =>
    `INSERT INTO ${table} (${values.map(([c]) => c).join(', ')})
     SELECT ${values.map(([, v]) => cell(v)).join(', ')} FROM ${from}`;
  const entityRow = (target: new () => object, values: object): Array<[string, unknown]> =>
    columnValues(mappingOf(manager, target), values);

  const dossier = insert('dossier', [['code', DRAWN_CODE], ...entityRow(DossierEntity, plan.dossier)], 'seq');
  const dependants = [
    insert('dossier_event', entityRow(DossierEventEntity, plan.event), 'created'),
    ...(plan.pause ? [insert('dossier_pause', entityRow(DossierPauseEntity, plan.pause), 'created')] : []),
    ...plan.rows.map((row) => insert(row.table, Object.entries(row.values), 'created')),
  ];
  if (plan.jobs.length > 0) {
    const jobs = outboxInsert(plan.jobs, params.length + 1);
    params.push(...jobs.params);
    dependants.push(jobs.sql);
  }
  const sql = `WITH seq AS (${counter ? COUNTER : GIVEN}),
    created AS (${dossier} RETURNING code, lookup_key),
    ${dependants.map((statement, i) => `d${i} AS (${statement})`).join(',\n    ')}
    SELECT code, lookup_key AS "lookupKey" FROM created`;
  try {
    const [keys] = (await manager.query(sql, params)) as NewDossierKeys[];
    if (plan.jobs.length > 0) await notifyRelayOnCommit(manager);
    return keys;
  } catch (error) {
    if (!counter || !isDailyLimit(error)) throw error;
    throw dailyLimitReached(counter);
  }
}
