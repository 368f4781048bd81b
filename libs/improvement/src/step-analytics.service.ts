import { Inject, Injectable } from '@nestjs/common';
import { AppException, Clock, ReadReplicaService } from '@motcua/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { type ProcedureDefinition, unitsUnder } from '@motcua/engine';
import { type AuthUser, type ImprovementScope, improvementScope } from '@motcua/identity';
import { type ReadFromView, readFromView } from '@motcua/report';
import { type DossierFilter, StepAnalyticsRepository } from './step-analytics.repository';
import { type Bottleneck, rankBottlenecks } from './bottleneck.rules';
import { type OfficerFigures, officerFigures } from './officer-figure.rules';
import { stepFigures } from './step-figure.rules';
import { monthsOf, type StepTrendPoint, trendPoints } from './step-trend.rules';
import type { StepAnalyticsQuery, StepFigure } from './step-figure.types';
import { type StepPeriod, stepPeriod } from './step-period.rules';

/** Step figures with the period they cover and where they were read. */
export interface StepFigureReading {
  period: StepPeriod;
  readFrom: ReadFromView;
  figures: StepFigure[];
}

/** Figures of any kind with the period they cover and where they were read. */
export interface Reading<T> {
  period: StepPeriod;
  readFrom: ReadFromView;
  value: T;
}

/**
 * The step analytics of the audit log: what each step of each procedure revision took against its ISO table, read
 * on the replica when one is configured. The review pack and the API read the same figures.
 */
@Injectable()
export class StepAnalyticsService {
  constructor(
    private readonly repository: StepAnalyticsRepository,
    private readonly revisions: ProcedureRevisionsService,
    private readonly reader: ReadReplicaService,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  /** Who reads the figures and of which units; anyone outside the ISO committee's readers is refused. */
  scopeOf(user: AuthUser): ImprovementScope {
    const scope = improvementScope(user, this.catalog.org);
    if (!scope)
      throw new AppException(
        'FORBIDDEN_ROLE',
        'Tài khoản của bạn không được xem số liệu cải tiến quy trình (dành cho cán bộ ISO, giám sát, lãnh đạo, trưởng phòng).',
      );
    return scope;
  }

  async figures(query: StepAnalyticsQuery, scope: ImprovementScope): Promise<StepFigure[]> {
    return (await this.reading(query, scope)).figures;
  }

  async reading(query: StepAnalyticsQuery, scope: ImprovementScope): Promise<StepFigureReading> {
    const period = stepPeriod(query.from, query.to, this.clock.now());
    const filter = this.filterOf(query);
    return this.reader.read(async ({ dataSource, source }) => {
      const [steps, late] = await Promise.all([
        this.repository.steps(dataSource, period, filter),
        this.repository.late(dataSource, period, filter),
      ]);
      const definitions = await this.definitions([...steps, ...late].map((r) => r.revision));
      return {
        period,
        readFrom: readFromView(source, this.reader.maxLagMs),
        figures: stepFigures({ steps, late }, definitions, scope.units),
      };
    });
  }

  /** The steps that held the most late dossiers of their procedure, the first `top`. */
  async bottlenecks(
    query: StepAnalyticsQuery,
    scope: ImprovementScope,
    top: number,
  ): Promise<Reading<Bottleneck[]>> {
    const { period, readFrom, figures } = await this.reading(query, scope);
    return { period, readFrom, value: rankBottlenecks(figures, top) };
  }

  /** The hand-overs month by month (of one step id when given). */
  async trend(
    query: StepAnalyticsQuery,
    scope: ImprovementScope,
    stepId: string | null,
  ): Promise<Reading<StepTrendPoint[]>> {
    const period = stepPeriod(query.from, query.to, this.clock.now());
    const filter = this.filterOf(query);
    return this.reader.read(async ({ dataSource, source }) => {
      const rows = await this.repository.trend(dataSource, period, filter, stepId);
      const definitions = await this.definitions(rows.map((r) => r.revision));
      return {
        period,
        readFrom: readFromView(source, this.reader.maxLagMs),
        value: trendPoints(rows, definitions, scope.units, monthsOf(period)),
      };
    });
  }

  /** A head's officers, each with the steps of the unit they handed over; only a head reads them, of their unit. */
  async officers(query: StepAnalyticsQuery, user: AuthUser): Promise<Reading<OfficerFigures[]>> {
    if (!this.scopeOf(user).perOfficer)
      throw new AppException(
        'FORBIDDEN_ROLE',
        'Chỉ trưởng phòng xem số liệu theo từng cán bộ, và chỉ của phòng mình.',
      );
    const period = stepPeriod(query.from, query.to, this.clock.now());
    const filter = this.filterOf(query);
    return this.reader.read(async ({ dataSource, source }) => {
      const rows = await this.repository.officers(dataSource, period, filter, user.unitId);
      const definitions = await this.definitions(rows.map((r) => r.revision));
      return {
        period,
        readFrom: readFromView(source, this.reader.maxLagMs),
        value: officerFigures(rows, definitions, user.unitId),
      };
    });
  }

  /** The dossiers asked for; an agency must be a unit of org.yaml. */
  private filterOf(query: StepAnalyticsQuery): DossierFilter {
    const units = query.agency ? unitsUnder(this.catalog.org, query.agency) : null;
    if (units?.length === 0)
      throw new AppException('UNKNOWN_UNIT', `Không có đơn vị '${query.agency}' trong danh mục đơn vị.`, {
        agency: query.agency,
      });
    return { units, procedureCode: query.procedureCode ?? null, version: query.version ?? null };
  }

  private async definitions(ids: string[]): Promise<Map<string, ProcedureDefinition>> {
    const unique = [...new Set(ids)];
    const revisions = await Promise.all(unique.map((id) => this.revisions.get(id)));
    return new Map(revisions.map((r) => [r.id, r.definition]));
  }
}
