import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DossierResultEntity } from './dossier-result.entity';
import { ResultErrorCode, ResultException } from './result.exception';
import type { Refusal } from './result.rules';

@Injectable()
export class ResultRepository {
  constructor(readonly dataSource: DataSource) {}

  find(dossierId: string): Promise<DossierResultEntity | null> {
    return this.dataSource.manager.findOneBy(DossierResultEntity, { dossierId });
  }

  /**
   * Writes the dossier's result in the transaction of its event: a result replaces the one before; a refusal is
   * issued once, so a second one (a concurrent request) fails and its event is undone with it.
   */
  async save(manager: EntityManager, row: DossierResultEntity): Promise<void> {
    if (row.kind === 'result') {
      await manager.upsert(DossierResultEntity, row, ['dossierId']);
      return;
    }
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DossierResultEntity)
      .values(row)
      .orIgnore()
      .returning(['dossierId'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0)
      throw new ResultException(
        ResultErrorCode.AlreadyIssued,
        'Văn bản từ chối giải quyết hồ sơ đã được ban hành',
      );
  }

  /** The refuse event that ended the dossier: the unit and role that refused, and the reason given. */
  async refusal(dossierId: string): Promise<Refusal | null> {
    const [row] = (await this.dataSource.query(
      `SELECT actor_unit AS unit, actor_role AS role, payload->>'reason' AS reason FROM dossier_event
        WHERE dossier_id = $1 AND action = 'refuse' ORDER BY version DESC LIMIT 1`,
      [dossierId],
    )) as Array<{ unit: string | null; role: string | null; reason: string | null }>;
    return row ? { unit: row.unit, role: row.role, reason: row.reason ?? '' } : null;
  }

  /** A citizen's download (no account): when, which dossier, from which address. */
  async logPublicDownload(
    at: Date,
    dossierId: string,
    dossierCode: string,
    address: string | undefined,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO public_access_log (at, dossier_id, dossier_code, kind, client_address) VALUES ($1, $2, $3, 'result', $4)`,
      [at, dossierId, dossierCode, address?.slice(0, 64) ?? null],
    );
  }
}
