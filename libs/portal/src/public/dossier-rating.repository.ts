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

  /** Ratings of the dossiers that reached one of `units` (a supervisor's center), or all when `units` is null. */
  async satisfaction(
    from: Date | null,
    to: Date | null,
    units: string[] | null = null,
  ): Promise<SatisfactionRow> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) AS count, avg(r.overall) AS overall, avg(r.on_time) AS on_time,
              avg(r.staff_attitude) AS staff_attitude, avg(r.guidance) AS guidance, avg(r.facilities) AS facilities,
              count(*) FILTER (WHERE r.overall <= 2) AS low
         FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id
        WHERE ($1::timestamptz IS NULL OR r.rated_at >= $1) AND ($2::timestamptz IS NULL OR r.rated_at < $2)
          AND ($3::text[] IS NULL OR d.reached_units && $3::text[])`,
      [from, to, units],
    )) as SatisfactionRow[];
    return row;
  }
}
