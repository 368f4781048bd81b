import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { documentRows } from './portal-submission.plan';

export const NONCE_RETENTION_MS = 10 * 60_000;

export interface PortalLink {
  dossierId: string;
  /** What the dossier was submitted with (see submissionOf); null for links older than this record. */
  submission: unknown;
}

export interface StoredDocument {
  name: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

export interface PortalSubmission {
  client: string;
  portalDossierId: string;
  dossierId: string;
  paymentStatus: string;
  paymentAmount: number | null;
  receivedAt: Date;
  submission: unknown;
}

/** The portal's side tables: nonces seen, which portal dossier became which dossier, the files it sent. */
@Injectable()
export class PortalInboundRepository {
  constructor(readonly dataSource: DataSource) {}

  /** Records the nonce; false when the client already used it inside the retention window. */
  async useNonce(client: string, nonce: string, now: Date): Promise<boolean> {
    await this.dataSource.query(`DELETE FROM portal_nonce WHERE seen_at < $1`, [
      new Date(now.getTime() - NONCE_RETENTION_MS),
    ]);
    const rows = (await this.dataSource.query(
      `INSERT INTO portal_nonce (client, nonce, seen_at) VALUES ($1, $2, $3)
       ON CONFLICT (client, nonce) DO NOTHING RETURNING nonce`,
      [client, nonce, now],
    )) as unknown[];
    return rows.length === 1;
  }

  async findLink(client: string, portalDossierId: string): Promise<PortalLink | null> {
    const [row] = (await this.dataSource.query(
      `SELECT dossier_id, submission FROM portal_dossier WHERE client = $1 AND portal_dossier_id = $2`,
      [client, portalDossierId],
    )) as Array<{ dossier_id: string; submission: unknown }>;
    return row ? { dossierId: row.dossier_id, submission: row.submission } : null;
  }

  async storeDocuments(
    manager: EntityManager,
    dossierId: string,
    documents: StoredDocument[],
  ): Promise<void> {
    for (const { values } of documentRows(dossierId, documents)) {
      const columns = Object.keys(values);
      await manager.query(
        `INSERT INTO dossier_document (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        Object.values(values),
      );
    }
  }
}

/** The (client, portal dossier id) key was taken by a concurrent send that committed first. */
export function isDuplicateSubmission(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === 'portal_dossier_key';
}
