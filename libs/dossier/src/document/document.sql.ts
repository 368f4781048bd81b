import type { EntityManager } from 'typeorm';
import type { Alongside } from '../ledger/dossier.plan';
import type { DocumentKind, DossierDocument } from './document.types';

/** A new row of `dossier_document`: the metadata of bytes already in the FileStore under `fileKey`. */
export type NewDocumentRow = Omit<DossierDocument, 'checkedAt' | 'checkedByUsername'> & { fileKey: string };

const COLUMNS = `id, dossier_id, name AS component, kind, file_name, mime_type, size, sha256, file_key, step,
  attached_by, attached_by_username, attached_at, checked_at, checked_by_username`;

interface Row {
  id: string;
  dossier_id: string;
  component: string | null;
  kind: DocumentKind;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  file_key: string | null;
  step: string | null;
  attached_by: string | null;
  attached_by_username: string | null;
  attached_at: Date;
  checked_at: Date | null;
  checked_by_username: string | null;
}

const toDocument = (r: Row): DossierDocument => ({
  id: r.id,
  dossierId: r.dossier_id,
  component: r.component,
  kind: r.kind,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: Number(r.size),
  sha256: r.sha256.trim(),
  fileKey: r.file_key,
  step: r.step,
  attachedBy: r.attached_by,
  attachedByUsername: r.attached_by_username,
  attachedAt: r.attached_at,
  checkedAt: r.checked_at,
  checkedByUsername: r.checked_by_username,
});

/** The dossier's files, oldest first. */
export async function findDocuments(manager: EntityManager, dossierId: string): Promise<DossierDocument[]> {
  const rows = (await manager.query(
    `SELECT ${COLUMNS} FROM dossier_document WHERE dossier_id = $1 ORDER BY seq`,
    [dossierId],
  )) as Row[];
  return rows.map(toDocument);
}

/** One file of the dossier, with the bytes of a row written before the FileStore (null for the others). */
export async function findDocument(
  manager: EntityManager,
  dossierId: string,
  id: string,
): Promise<{ document: DossierDocument; content: Buffer | null } | null> {
  const [row] = (await manager.query(
    `SELECT ${COLUMNS}, content FROM dossier_document WHERE dossier_id = $1 AND id = $2`,
    [dossierId, id],
  )) as Array<Row & { content: Buffer | null }>;
  return row ? { document: toDocument(row), content: row.content } : null;
}

/** Writes the rows with the change that adds them (`UpdatePlan.alongside`). */
export const insertDocuments =
  (rows: NewDocumentRow[]): Alongside =>
  async (manager) => {
    for (const r of rows) {
      await manager.query(
        `INSERT INTO dossier_document (id, dossier_id, name, kind, file_name, mime_type, size, sha256, file_key, step,
                                       attached_by, attached_by_username, attached_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          r.id,
          r.dossierId,
          r.component,
          r.kind,
          r.fileName,
          r.mimeType,
          r.size,
          r.sha256,
          r.fileKey,
          r.step,
          r.attachedBy,
          r.attachedByUsername,
          r.attachedAt,
        ],
      );
    }
  };

/** Sets or clears reception's check of a file, with the change that records it. */
export const setChecked =
  (id: string, checked: { at: Date; username: string } | null): Alongside =>
  async (manager) => {
    await manager.query(
      `UPDATE dossier_document SET checked_at = $2, checked_by_username = $3 WHERE id = $1`,
      [id, checked?.at ?? null, checked?.username ?? null],
    );
  };
