import type { EntityManager } from 'typeorm';
import { dossierColumns, mappingOf } from '../ledger/dossier.sql';
import { DossierEntity } from '../dossier.entity';
import type { StaffName } from './dossier.view';

/** Dossiers as views show them, read in the same statement as their assignees' names (by id). */
export interface ViewedDossiers {
  dossiers: DossierEntity[];
  assignees: Map<string, StaffName>;
}

const ASSIGNEE = `(SELECT ARRAY[u.username, u.full_name] FROM app_user u WHERE u.id = d.assignee_id) AS "assigneeNames"`;

/**
 * What a work list reads in place of a column: the applicant's name alone (the rest of the personal data stays in
 * the database), no documents, no lookup key.
 */
const LISTED: Record<string, string> = {
  applicant: `jsonb_build_object('fullName', "applicant"->'fullName')`,
  documents: `'[]'::jsonb`,
  lookupKey: 'NULL',
  resultCollector: 'NULL',
};

/** The dossier's columns for a work list (see LISTED), and its assignee's login and full name as `assigneeNames`. */
export function listedColumns(manager: EntityManager): string {
  return [...mappingOf(manager, DossierEntity).column]
    .map(([property, column]) => `${LISTED[property] ?? `"${column}"`} AS "${property}"`)
    .concat(ASSIGNEE)
    .join(', ');
}

/**
 * Rows selected with `listedColumns`, or the dossier's columns and ASSIGNEE (other columns left out), as entities
 * and their assignees.
 */
export function toViewed(manager: EntityManager, rows: Array<Record<string, unknown>>): ViewedDossiers {
  const assignees = new Map<string, StaffName>();
  const dossiers = rows.map((row) => {
    const { assigneeId, assigneeNames } = row as { assigneeId: string | null; assigneeNames: unknown };
    if (assigneeId && Array.isArray(assigneeNames)) {
      const [username, fullName] = assigneeNames as string[];
      assignees.set(assigneeId, { username, fullName });
    }
    return toEntity(manager, row);
  });
  return { dossiers, assignees };
}

export async function findViewedByCode(manager: EntityManager, code: string): Promise<ViewedDossiers> {
  const found = await findDossierWhere(manager, 'd.code = $1', [code], [ASSIGNEE]);
  return toViewed(manager, found ? [found.row] : []);
}

/** The one dossier of `d` matching `where`, with `extra` columns selected beside it (kept in `row`). */
export async function findDossierWhere(
  manager: EntityManager,
  where: string,
  params: unknown[],
  extra: string[],
): Promise<{ dossier: DossierEntity; row: Record<string, unknown> } | null> {
  const [row] = (await manager.query(
    `SELECT ${[dossierColumns(manager), ...extra].join(', ')} FROM dossier d WHERE ${where}`,
    params,
  )) as Array<Record<string, unknown>>;
  return row ? { dossier: toEntity(manager, row), row } : null;
}

/**
 * The entity's own properties of a row that may hold more, copied one by one: a rest or `delete` would leave each
 * entity a slow dictionary-mode object for the views and the JSON built from them.
 */
function toEntity(manager: EntityManager, row: Record<string, unknown>): DossierEntity {
  const dossier = new DossierEntity() as unknown as Record<string, unknown>;
  for (const property of propertiesOf(manager)) dossier[property] = row[property];
  return dossier as unknown as DossierEntity;
}

const properties = new WeakMap<object, string[]>();

function propertiesOf(manager: EntityManager): string[] {
  let found = properties.get(manager.connection);
  if (!found) {
    found = manager.connection.getMetadata(DossierEntity).columns.map((c) => c.propertyName);
    properties.set(manager.connection, found);
  }
  return found;
}
