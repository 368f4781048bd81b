import { Injectable } from '@nestjs/common';
import { DossierRepository } from '../dossier.repository';
import { WAITING_STATUSES } from './supplement-wait.rules';

export interface OpenWait {
  pauseId: string;
  dossierId: string;
  procedureVersionId: string;
  startedAt: Date;
}

export interface WaitRow {
  id: string;
  startedAt: Date;
  missingItems: string[];
  expiredAt: Date | null;
  endedAt: Date | null;
}

/** The supplement waits: the open ones the sweep looks at, and one as it stands. */
@Injectable()
export class SupplementWaitRepository {
  constructor(private readonly dossiers: DossierRepository) {}

  /** Open waits not yet expired, of dossiers still waiting, oldest first, after the cursor (dossier_pause_waiting_idx). */
  async open(limit: number, after?: { startedAt: Date; pauseId: string }): Promise<OpenWait[]> {
    const rows = (await this.dossiers.dataSource.query(
      `SELECT p.id AS "pauseId", p.dossier_id AS "dossierId", d.procedure_version_id AS "procedureVersionId",
              p.started_at AS "startedAt"
         FROM dossier_pause p JOIN dossier d ON d.id = p.dossier_id
        WHERE p.ended_at IS NULL AND p.expired_at IS NULL AND d.status = ANY($1)
          AND ($2::timestamptz IS NULL OR (p.started_at, p.id) > ($2, $3::bigint))
        ORDER BY p.started_at, p.id LIMIT $4`,
      [WAITING_STATUSES, after?.startedAt ?? null, after?.pauseId ?? '0', limit],
    )) as OpenWait[];
    return rows.map((r) => ({ ...r, pauseId: String(r.pauseId) }));
  }

  async findWait(pauseId: string): Promise<WaitRow | null> {
    const [row] = (await this.dossiers.dataSource.query(
      `SELECT id, started_at AS "startedAt", missing_items AS "missingItems", expired_at AS "expiredAt",
              ended_at AS "endedAt"
         FROM dossier_pause WHERE id = $1`,
      [pauseId],
    )) as WaitRow[];
    return row ? { ...row, id: String(row.id) } : null;
  }
}
