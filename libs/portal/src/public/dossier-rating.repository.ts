import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DossierRatingEntity } from './dossier-rating.entity';

export interface SatisfactionRow {
  count: string;
  overall: string | null;
  on_time: string | null;
  staff_attitude: string | null;
  guidance: string | null;
  facilities: string | null;
  low: string;
}

@Injectable()
export class DossierRatingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the rating unless the dossier already has one; false when it had. */
  async insertOnce(rating: Omit<DossierRatingEntity, 'id'>): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DossierRatingEntity)
      .values(rating)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  async satisfaction(from: Date | null, to: Date | null): Promise<SatisfactionRow> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) AS count, avg(overall) AS overall, avg(on_time) AS on_time,
              avg(staff_attitude) AS staff_attitude, avg(guidance) AS guidance, avg(facilities) AS facilities,
              count(*) FILTER (WHERE overall <= 2) AS low
         FROM dossier_rating
        WHERE ($1::timestamptz IS NULL OR rated_at >= $1) AND ($2::timestamptz IS NULL OR rated_at < $2)`,
      [from, to],
    )) as SatisfactionRow[];
    return row;
  }
}
