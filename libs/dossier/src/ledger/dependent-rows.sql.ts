import type { EntityManager } from 'typeorm';
import { type DependentRow, Stamped } from './new-dossier.sql';

/** Inserts another module's rows in a change's transaction; a Stamped value is JSON (no stamps on a known row). */
export async function insertDependentRows(manager: EntityManager, rows: DependentRow[]): Promise<void> {
  for (const { table, values } of rows) {
    const entries = Object.entries(values);
    const params = entries.map(([, v]) => (v instanceof Stamped ? JSON.stringify(v.json) : v));
    const cells = entries.map(([, v], i) => (v instanceof Stamped ? `$${i + 1}::jsonb` : `$${i + 1}`));
    await manager.query(
      `INSERT INTO ${table} (${entries.map(([c]) => c).join(', ')}) VALUES (${cells.join(', ')})`,
      params,
    );
  }
}
