import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { ConsultationEntity } from './consultation.entity';

/** A consultation with the dossier's code and procedure: what a work list shows, never the applicant. */
export interface ListedConsultation extends ConsultationEntity {
  dossierCode: string;
  procedureCode: string;
}

const LISTED = `SELECT c.id, c.dossier_id AS "dossierId", c.step, c.unit, c.role, c.question, c.asked_by AS "askedBy",
    c.asked_unit AS "askedUnit", c.asked_at AS "askedAt", c.due_at AS "dueAt", c.answer, c.answered_by AS "answeredBy",
    c.answered_at AS "answeredAt", d.code AS "dossierCode", d.procedure_code AS "procedureCode"
  FROM dossier_consultation c JOIN dossier d ON d.id = c.dossier_id`;

@Injectable()
export class ConsultationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: ConsultationEntity): Promise<void> {
    await manager.getRepository(ConsultationEntity).insert(row);
  }

  /** Writes the answer unless another one got there first (then the whole change is undone). */
  async answer(manager: EntityManager, row: ConsultationEntity): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ConsultationEntity)
      .set({ answer: row.answer, answeredBy: row.answeredBy, answeredAt: row.answeredAt })
      .where('id = :id AND answered_at IS NULL', { id: row.id })
      .execute();
    if (result.affected !== 1) {
      throw new DossierException(DossierErrorCode.ConsultationAnswered, 'Ý kiến này đã được trả lời');
    }
  }

  find(dossierId: string, id: string): Promise<ConsultationEntity | null> {
    return this.dataSource.getRepository(ConsultationEntity).findOneBy({ dossierId, id });
  }

  /**
   * The consultations asked of `unit`: the open ones of dossiers still being resolved by due instant, or with `all`
   * every one, newest first.
   */
  forUnit(unit: string, all: boolean): Promise<ListedConsultation[]> {
    return this.dataSource.query(
      all
        ? `${LISTED} WHERE c.unit = $1 ORDER BY c.asked_at DESC LIMIT 200`
        : `${LISTED} WHERE c.unit = $1 AND c.answered_at IS NULL AND d.finished_at IS NULL ORDER BY c.due_at, c.id LIMIT 200`,
      [unit],
    );
  }

  forDossier(dossierId: string): Promise<ListedConsultation[]> {
    return this.dataSource.query(`${LISTED} WHERE c.dossier_id = $1 ORDER BY c.asked_at, c.id`, [dossierId]);
  }
}
