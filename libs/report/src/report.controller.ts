import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { HandlingQueryDto, HandlingReport, IndicatorsReport, PeriodQueryDto } from './period-query.dto';
import { handlingCsv, handlingFileName, handlingXlsx } from './report-export.rules';
import { ReportService } from './report.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportController {
  constructor(private readonly service: ReportService) {}

  /** Form 06/VPCP/KSTT for [from, to) judged at min(to, now), by receiving unit, field or procedure; JSON, CSV or XLSX. */
  @Get('handling')
  @Roles('supervisor', 'admin')
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({ type: HandlingReport })
  async handling(
    @CurrentUser() user: AuthUser,
    @Query() q: HandlingQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HandlingReport | StreamableFile | string> {
    const report = await this.service.handling(user, q, q.groupBy ?? 'unit');
    const name = handlingFileName(report);
    if (q.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
      return handlingCsv(report);
    }
    if (q.format === 'xlsx')
      return new StreamableFile(await handlingXlsx(report, this.service.agencyOf(user)), {
        type: XLSX,
        disposition: `attachment; filename="${name}.xlsx"`,
      });
    return report;
  }

  /** Decision 766/QĐ-TTg indicators for [from, to), each with its formula. */
  @Get('indicators')
  @Roles('supervisor', 'admin')
  @ApiOkResponse({ type: IndicatorsReport })
  indicators(@CurrentUser() user: AuthUser, @Query() q: PeriodQueryDto): Promise<IndicatorsReport> {
    return this.service.indicators(user, q);
  }
}
