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
import { StepAnalyticsService } from './step-analytics.service';
import { StepQueryDto } from './step-query.dto';
import { StepFigureReport } from './step-figure.view';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('improvement')
@ApiBearerAuth()
@ApiForbiddenResponse({
  description: 'FORBIDDEN_ROLE: only ISO officers, supervisors, leaders, heads and admins',
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
    const { period, readFrom, figures } = await this.service.reading(q, this.service.scopeOf(user));
    return { from: q.from, to: q.to, asOf: toVietnamIso(period.asOf), readFrom, steps: figures };
  }
}
