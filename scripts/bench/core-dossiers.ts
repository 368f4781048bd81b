import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { DossierLedgerService, IntakeService } from '@motcua/dossier';
import type { AuthUser } from '@motcua/identity';
import { ReceptionService } from '../../libs/dossier/src/command/reception.service';
import type { ReceiveDossierDto } from '../../libs/dossier/src/command/receive-dossier.dto';

/** A desk reception of `procedureCode` with every required document, as the reception form sends it. */
export function receptionBody(catalog: Catalog, procedureCode: string, n = 1): ReceiveDossierDto {
  const procedure = catalog.procedures.find((p) => p.definition.code === procedureCode);
  if (!procedure) throw new Error(`bench: no procedure ${procedureCode}`);
  return {
    procedureCode,
    channel: 'in_person',
    applicant: {
      fullName: `Nguyễn Văn An ${n}`,
      idNumber: String(1085000000 + n).padStart(12, '0'),
      phone: '0912345678',
      address: 'Gia Phú, Lào Cai',
    },
    documents: procedure.definition.documents
      .filter((d) => d.required)
      .map(({ name, originals, copies }) => ({ name, originals, copies })),
    decision: 'accept',
  } as ReceiveDossierDto;
}

/**
 * One dossier received at the desk and started, through the real services (reception, then the intake job's
 * service): the row every clone copies.
 */
export async function startedTemplate(
  app: INestApplicationContext,
  reception: AuthUser,
  procedureCode: string,
): Promise<string> {
  const catalog = app.get<Catalog>(CATALOG);
  const received = await app.get(ReceptionService).receive(reception, receptionBody(catalog, procedureCode));
  const get = <T>(token: unknown): T => app.get(token as never, { strict: false });
  const intake = new IntakeService(
    get(DossierLedgerService),
    get(ProcedureRevisionsService),
    catalog,
    get(Clock),
    get(MetricsService),
  );
  const outcome = await intake.start(received.id);
  if (!outcome.started) throw new Error(`bench: template ${received.code} did not start (${outcome.status})`);
  return received.id;
}

async function columnsOf(manager: EntityManager, table: string, skip: string[]): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  )) as Array<{ column_name: string }>;
  return rows.map((r) => r.column_name).filter((c) => !skip.includes(c));
}

/** Tables whose rows belong to one dossier and are copied with it. */
const CHILDREN = ['dossier_event', 'dossier_flag', 'portal_sync_message'];

/**
 * `count` copies of the template dossier with codes `<prefix><n>`, each with the template's events, flags and
 * portal sync messages: a few multi-row INSERT … SELECT statements, whatever the count. Returns the new ids.
 */
export function cloneDossiers(
  dataSource: DataSource,
  templateId: string,
  prefix: string,
  count: number,
): Promise<Array<{ id: string; code: string }>> {
  return dataSource.transaction(async (manager) => {
    const cols = (await columnsOf(manager, 'dossier', ['id', 'code'])).map((c) => `"${c}"`).join(', ');
    const clones = (await manager.query(
      `INSERT INTO dossier (code, ${cols})
       SELECT $2 || lpad(g::text, 7, '0'), ${cols} FROM dossier, generate_series(1, $3::int) g WHERE id = $1
       RETURNING id, code`,
      [templateId, prefix, count],
    )) as Array<{ id: string; code: string }>;
    for (const table of CHILDREN) {
      const childCols = (await columnsOf(manager, table, ['id', 'dossier_id'])).map((c) => `t."${c}"`);
      await manager.query(
        `INSERT INTO ${table} (dossier_id, ${childCols.map((c) => c.slice(2)).join(', ')})
         SELECT d.id, ${childCols.join(', ')} FROM ${table} t CROSS JOIN unnest($2::uuid[]) AS d(id)
         WHERE t.dossier_id = $1`,
        [templateId, clones.map((c) => c.id)],
      );
    }
    return clones;
  });
}

interface ForeignKey {
  child: string;
  column: string;
}

async function referencing(manager: EntityManager, table: string): Promise<ForeignKey[]> {
  return (await manager.query(
    `SELECT c.conrelid::regclass::text AS child, a.attname AS column
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = $1::regclass AND c.conrelid <> c.confrelid`,
    [table],
  )) as ForeignKey[];
}

/** Deletes the rows of `table` matching `where`, and first every row that refers to them, at any depth. */
async function deleteTree(manager: EntityManager, table: string, where: string, params: unknown[]) {
  for (const { child, column } of await referencing(manager, table)) {
    await deleteTree(manager, child, `"${column}" IN (SELECT id FROM ${table} WHERE ${where})`, params);
  }
  await manager.query(`DELETE FROM ${table} WHERE ${where}`, params);
}

/** Removes the bench's dossiers, everything that refers to them, and the outbox rows written after `outboxFrom`. */
export async function removeDossiers(
  dataSource: DataSource,
  ids: string[],
  outboxFrom: string,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Children go first, so the foreign keys' per-row checks would find nothing; on the large data set they scan
    // the tables without an index on dossier_id (escalation, notification) once per removed dossier.
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await deleteTree(manager, 'dossier', 'id = ANY($1::uuid[])', [ids]);
    await manager.query('DELETE FROM outbox WHERE id > $1', [outboxFrom]);
  });
}

export async function lastOutboxId(dataSource: DataSource): Promise<string> {
  const [{ last }] = (await dataSource.query(
    'SELECT coalesce(max(id), 0)::text AS last FROM outbox',
  )) as Array<{
    last: string;
  }>;
  return last;
}
