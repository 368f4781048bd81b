import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { BacklogReport, TrendQueryDto, TrendReport } from './trend-query.dto';
import { ReportTrendService } from './report-trend.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportTrendController {
  constructor(private readonly service: ReportTrendService) {}

  /** Decision 766's on-time rate for each calendar month or week of [from, to). */
  @Get('trend')
  @Roles('supervisor', 'admin')
  @ApiOkResponse({ type: TrendReport })
  @ApiBadRequestResponse({
    description: 'BAD_PERIOD, TOO_MANY_BUCKETS (more than 120 points) or a bad query',
  })
  trend(@CurrentUser() user: AuthUser, @Query() q: TrendQueryDto): Promise<TrendReport> {
    return this.service.trend(user, q);
  }

  /** Open dossiers now, with their late, stalled and due-soon flags, by unit and by procedure. */
  @Get('backlog')
  @Roles('supervisor', 'admin')
  @ApiOkResponse({ type: BacklogReport })
  backlog(@CurrentUser() user: AuthUser): Promise<BacklogReport> {
    return this.service.backlog(user);
  }
}
