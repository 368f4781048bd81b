import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { Clock, ReadReplicaService } from '@motcua/common';
import { type AuthUser, improvementScope } from '@motcua/identity';
import { readPeriod, reportPeriod } from '@motcua/report';
import { type PackRequest, packRequest } from './review-pack-request.rules';
import { StepAnalyticsService } from '../step-analytics.service';
import {
  agencyDefinitions,
  type PackInput,
  revisionsInForce,
  reviewPack,
  workingLimitMinutes,
} from './review-pack.rules';
import type { ReviewPack } from './review-pack.types';
import { ReviewPackRepository } from './review-pack.repository';

const MINUTE_MS = 60_000;

@Injectable()
export class ReviewPackService {
  constructor(
    private readonly repository: ReviewPackRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly reader: ReadReplicaService,
    private readonly stepAnalytics: StepAnalyticsService,
  ) {}

  /**
   * The pack `user` asks for (packRequest refuses a bad agency or year, or one outside the reader's units): the
   * procedure table and the step analytics of the same agency and year, read side by side.
   */
  async pack(user: AuthUser, agency: string, year: string): Promise<ReviewPack> {
    const now = this.clock.now();
    const scope = improvementScope(user, this.catalog.org);
    const request = packRequest(agency, year, this.catalog.org, scope, now);
    const period = reportPeriod(request.from, request.to, now);
    const [input, steps] = await Promise.all([
      this.reader.read(({ dataSource, source }) =>
        this.read(dataSource, request, readPeriod(period, now, source.lagMs)),
      ),
      this.stepAnalytics.figures(
        { from: `${request.year}-01-01`, to: `${request.year}-12-31`, agency: request.agency.id },
        request.scope,
      ),
    ]);
    return reviewPack({ ...input, steps });
  }

  private async read(
    db: DataSource,
    request: PackRequest,
    { from, to, asOf, end }: { from: Date; to: Date; asOf: Date; end: Date },
  ): Promise<Omit<PackInput, 'steps'>> {
    const all = this.catalog.procedures.map((p) => p.definition);
    const mine = agencyDefinitions(all, request.units);
    const codes = [...new Set(mine.map((d) => d.code))];
    const revisions = await this.repository.revisions(db, codes);
    const limitsMs = revisions.map((r) => {
      const def = all.find((d) => d.code === r.code && d.version === r.version);
      const minutes = def ? workingLimitMinutes(def) : null;
      return minutes === null ? null : minutes * MINUTE_MS;
    });
    const rows = await this.repository.procedures(
      db,
      from,
      end,
      asOf,
      revisions.map((r) => r.id),
      limitsMs,
    );
    return {
      agency: request.agency,
      year: request.year,
      from: toVietnamIso(from),
      to: toVietnamIso(to),
      asOf: toVietnamIso(asOf),
      definitions: revisionsInForce(mine, from, to),
      catalog: all,
      rows,
    };
  }
}
