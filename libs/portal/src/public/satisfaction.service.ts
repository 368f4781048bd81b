import { Inject, Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { type AuthUser, readScope } from '@motcua/identity';
import { DossierRatingRepository } from './dossier-rating.repository';
import type { SatisfactionQueryDto, SatisfactionReport } from './rate-dossier.dto';

const avg = (value: string | null): number | null =>
  value === null ? null : Math.round(Number(value) * 100) / 100;

/** The input of the satisfaction indicator: how many rated, the average per criterion, the share of low ratings. */
@Injectable()
export class SatisfactionService {
  constructor(
    private readonly ratings: DossierRatingRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  /** Over the dossiers of `user`'s scope: a supervisor's center, everything for an admin. */
  async report(user: AuthUser, query: SatisfactionQueryDto): Promise<SatisfactionReport> {
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : null;
    const row = await this.ratings.satisfaction(from, to, readScope(user, this.catalog.org));
    const count = Number(row.count);
    return {
      from: from ? toVietnamIso(from) : null,
      to: to ? toVietnamIso(to) : null,
      count,
      averages: {
        overall: avg(row.overall),
        onTime: avg(row.on_time),
        staffAttitude: avg(row.staff_attitude),
        guidance: avg(row.guidance),
        facilities: avg(row.facilities),
      },
      lowShare: count === 0 ? null : Math.round((Number(row.low) / count) * 10_000) / 10_000,
    };
  }
}
