import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import {
  BOTTLENECK_COLUMNS,
  improvementPeriodLine,
  improvementXlsx,
  OFFICER_COLUMNS,
  officerStepRows,
  STEP_COLUMNS,
  TREND_COLUMNS,
} from './improvement-export.rules';
import {
  BottleneckReport,
  type ImprovementReportHeadingView,
  OfficerReport,
  StepFigureReport,
  StepTrendReport,
} from './improvement-report.view';
import { type Reading, StepAnalyticsService } from './step-analytics.service';
import { BottleneckQueryDto, StepQueryDto, StepTrendQueryDto } from './step-query.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The heading of a report read for days `from`–`to`. */
const heading = (
  q: StepQueryDto,
  r: Pick<Reading<unknown>, 'period' | 'readFrom'>,
): ImprovementReportHeadingView => ({
  from: q.from,
  to: q.to,
  asOf: toVietnamIso(r.period.asOf),
  readFrom: r.readFrom,
});

const xlsxFile = async <T>(
  name: string,
  title: string,
  q: StepQueryDto,
  r: Reading<unknown>,
  columns: Parameters<typeof improvementXlsx<T>>[2],
  rows: T[],
): Promise<StreamableFile> => {
  const line = improvementPeriodLine({ ...heading(q, r), running: r.period.asOf < r.period.end });
  return new StreamableFile(await improvementXlsx(title, line, columns, rows), {
    type: XLSX,
    disposition: `attachment; filename="${name}_${q.from}_${q.to}.xlsx"`,
  });
};

@ApiTags('improvement')
@ApiBearerAuth()
@ApiForbiddenResponse({
  description:
    'FORBIDDEN_ROLE: only ISO officers, supervisors, leaders, heads and admins (per officer: heads)',
})
@ApiBadRequestResponse({ description: 'BAD_PERIOD, PERIOD_NOT_STARTED or a bad query' })
@Controller('improvement')
export class ImprovementController {
  constructor(private readonly service: StepAnalyticsService) {}

  /** Each step of each procedure revision over the period against its ISO table, for the reader's units. */
  @Get('steps')
  @ApiProduces('application/json', XLSX)
  @ApiOkResponse({ type: StepFigureReport })
  async steps(
    @CurrentUser() user: AuthUser,
    @Query() q: StepQueryDto,
  ): Promise<StepFigureReport | StreamableFile> {
    const r = await this.service.reading(q, this.service.scopeOf(user));
    if (q.format === 'xlsx')
      return xlsxFile(
        'thoi-gian-cac-buoc',
        'THỜI GIAN GIẢI QUYẾT THEO TỪNG BƯỚC',
        q,
        { ...r, value: null },
        STEP_COLUMNS,
        r.figures,
      );
    return { ...heading(q, r), steps: r.figures };
  }

  /** The steps that held the most late dossiers of their procedure, each with a sentence for the ISO committee. */
  @Get('bottlenecks')
  @ApiProduces('application/json', XLSX)
  @ApiOkResponse({ type: BottleneckReport })
  async bottlenecks(
    @CurrentUser() user: AuthUser,
    @Query() q: BottleneckQueryDto,
  ): Promise<BottleneckReport | StreamableFile> {
    const r = await this.service.bottlenecks(q, this.service.scopeOf(user), q.top ?? 10);
    if (q.format === 'xlsx')
      return xlsxFile('nut-that', 'CÁC BƯỚC GÂY TRỄ HẠN NHIỀU NHẤT', q, r, BOTTLENECK_COLUMNS, r.value);
    return { ...heading(q, r), bottlenecks: r.value };
  }

  /** The hand-overs month by month: how many, the share late, the mean working time. */
  @Get('trend')
  @ApiProduces('application/json', XLSX)
  @ApiOkResponse({ type: StepTrendReport })
  async trend(
    @CurrentUser() user: AuthUser,
    @Query() q: StepTrendQueryDto,
  ): Promise<StepTrendReport | StreamableFile> {
    const r = await this.service.trend(q, this.service.scopeOf(user), q.stepId ?? null);
    if (q.format === 'xlsx') return xlsxFile('xu-huong', 'XU HƯỚNG THEO THÁNG', q, r, TREND_COLUMNS, r.value);
    return { ...heading(q, r), stepId: q.stepId ?? null, points: r.value };
  }

  /** A head's officers, each with the steps of the unit they handed over in the period. */
  @Get('officers')
  @ApiProduces('application/json', XLSX)
  @ApiOkResponse({ type: OfficerReport })
  async officers(
    @CurrentUser() user: AuthUser,
    @Query() q: StepQueryDto,
  ): Promise<OfficerReport | StreamableFile> {
    const r = await this.service.officers(q, user);
    if (q.format === 'xlsx')
      return xlsxFile(
        'theo-can-bo',
        'THỜI GIAN GIẢI QUYẾT THEO TỪNG CÁN BỘ',
        q,
        r,
        OFFICER_COLUMNS,
        officerStepRows(r.value),
      );
    return { ...heading(q, r), unit: user.unitId, officers: r.value };
  }
}
