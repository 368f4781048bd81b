import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DossierEntity } from '../dossier.entity';
import { DossierEventEntity } from '../dossier-event.entity';
import type { DossierPatch } from '../dossier.repository';

/*
 * The ledger's statements (and the reader's) as plain SQL. TypeORM's find, query-builder update and save cost about
 * 2.5 ms of CPU per action (building and rewriting the SQL, hydrating, persistence events), several times the
 * database's own work; the rows these return are the same entities, built from the entity metadata.
 */

export interface Mapping {
  table: string;
  column: Map<string, string>;
  json: Set<string>;
  /** Every column aliased to its property, so that a row comes back shaped as the entity. */
  select: string;
}

const mappings = new WeakMap<object, Map<EntityTarget<ObjectLiteral>, Mapping>>();

export function mappingOf(manager: EntityManager, target: EntityTarget<ObjectLiteral>): Mapping {
  let byTarget = mappings.get(manager.dataSource);
  if (!byTarget) mappings.set(manager.dataSource, (byTarget = new Map()));
  let mapping = byTarget.get(target);
  if (!mapping) {
    const meta = manager.dataSource.getMetadata(target);
    mapping = {
      table: meta.tableName,
      column: new Map(meta.columns.map((c) => [c.propertyName, c.databaseName])),
      json: new Set(meta.columns.filter((c) => c.type === 'jsonb').map((c) => c.propertyName)),
      select: meta.columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(', '),
    };
    byTarget.set(target, mapping);
  }
  return mapping;
}

/** Known, defined properties as [column, parameter]; jsonb values serialized (pg would send an array as text[]). */
export function columnValues(m: Mapping, values: object): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const [property, value] of Object.entries(values)) {
    const column = m.column.get(property);
    if (value === undefined || column === undefined) continue;
    out.push([`"${column}"`, m.json.has(property) && value !== null ? JSON.stringify(value) : value]);
  }
  return out;
}

/** Every dossier column aliased to its property (unqualified), for reads that shape rows as the entity. */
export const dossierColumns = (manager: EntityManager): string => mappingOf(manager, DossierEntity).select;

export async function findDossierByCode(manager: EntityManager, code: string): Promise<DossierEntity | null> {
  const m = mappingOf(manager, DossierEntity);
  const [row] = (await manager.query(`SELECT ${m.select} FROM ${m.table} WHERE code = $1`, [
    code,
  ])) as object[];
  return row ? Object.assign(new DossierEntity(), row) : null;
}

export async function findDossierById(manager: EntityManager, id: string): Promise<DossierEntity | null> {
  const m = mappingOf(manager, DossierEntity);
  const [row] = (await manager.query(`SELECT ${m.select} FROM ${m.table} WHERE id = $1`, [id])) as object[];
  return row ? Object.assign(new DossierEntity(), row) : null;
}

/** Prefix of the dossier columns an `updateDossierWithEvent` reads back beside the event's. */
const ROW = 'dossier.';

/**
 * `updateDossier` and the change's audit event at the new version, in one statement (one round trip): the event
 * is inserted only when the update passed. Returns the stored event and the `returning` columns of the row as the
 * update left it (under its lock), or null when the version had moved on (nothing written).
 */
export async function updateDossierWithEvent<K extends keyof DossierEntity = never>(
  manager: EntityManager,
  id: string,
  expectedVersion: number,
  patch: DossierPatch,
  event: Omit<Partial<DossierEventEntity>, 'id' | 'version'>,
  returning: readonly K[] = [],
): Promise<{ event: DossierEventEntity; dossier: Pick<DossierEntity, K> } | null> {
  const d = mappingOf(manager, DossierEntity);
  const e = mappingOf(manager, DossierEventEntity);
  const sets = columnValues(d, patch);
  const columns = columnValues(e, event).filter(([c]) => c !== '"id"' && c !== '"version"');
  const param = (i: number) => `$${i + 3 + sets.length}`;
  const rows = (await manager.query(
    `WITH changed AS (
       UPDATE ${d.table} SET ${[...sets.map(([c], i) => `${c} = $${i + 3}`), 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $1 AND version = $2
       RETURNING ${['version', ...returning.map((p) => `"${d.column.get(p)}" AS "${ROW}${p}"`)].join(', ')}
     ), event AS (
       INSERT INTO ${e.table} (${[...columns.map(([c]) => c), '"version"'].join(', ')})
       SELECT ${[...columns.map((_, i) => param(i)), 'changed.version'].join(', ')} FROM changed
       RETURNING ${e.select}
     )
     SELECT event.*${returning.map((p) => `, changed."${ROW}${p}"`).join('')} FROM event, changed`,
    [id, expectedVersion, ...sets.map(([, v]) => v), ...columns.map(([, v]) => v)],
  )) as Array<Record<string, unknown>>;
  if (rows.length !== 1) return null;
  const stored = new DossierEventEntity();
  const dossier: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rows[0])) {
    if (key.startsWith(ROW)) dossier[key.slice(ROW.length)] = value;
    else (stored as unknown as Record<string, unknown>)[key] = value;
  }
  return { event: stored, dossier: dossier as Pick<DossierEntity, K> };
}
