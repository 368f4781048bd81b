import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DossierEntity } from '@motcua/dossier';

export interface BookEntry {
  dossier: DossierEntity;
  /** The first hand-over out of the receiving step: when the dossier went to the unit that decides it. */
  handedOverAt: Date | null;
}

/**
 * The dossiers of a unit's tracking book: received in the period, and received by the unit or since reached it. The
 * book is read where the reports read (`db`, a replica when configured); a receipt's entry number on the primary,
 * since it counts the dossier just received.
 */
@Injectable()
export class TrackingBookRepository {
  constructor(private readonly dataSource: DataSource) {}

  async entries(db: DataSource, unit: string, from: Date, to: Date): Promise<BookEntry[]> {
    const dossiers = await db
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .where('d.received_at >= :from AND d.received_at < :to', { from, to })
      .andWhere('d.reached_units @> ARRAY[:unit]::text[]', { unit })
      .orderBy('d.received_at', 'ASC')
      .addOrderBy('d.code', 'ASC')
      .getMany();
    if (dossiers.length === 0) return [];
    const rows: Array<{ dossier_id: string; at: Date }> = await db.query(
      `SELECT dossier_id, min(occurred_at) AS at FROM dossier_event
        WHERE dossier_id = ANY($1) AND timeliness IS NOT NULL GROUP BY dossier_id`,
      [dossiers.map((d) => d.id)],
    );
    const handed = new Map(rows.map((r) => [r.dossier_id, r.at]));
    return dossiers.map((dossier) => ({ dossier, handedOverAt: handed.get(dossier.id) ?? null }));
  }

  /**
   * The entry number of a dossier in its receiving unit's book from `from`: how many dossiers the unit received from
   * `from` up to it, in the book's order (received_at, code). Dossiers are received at the time they are written, so
   * the number a receipt prints never changes afterwards.
   */
  async entryNumber(unit: string, from: Date, dossier: { receivedAt: Date; code: string }): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) AS n FROM dossier d
        WHERE d.receiving_unit = $1 AND d.received_at >= $2 AND (d.received_at, d.code) <= ($3, $4)`,
      [unit, from, dossier.receivedAt, dossier.code],
    )) as Array<{ n: string }>;
    return Number(row.n);
  }
}
