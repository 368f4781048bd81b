import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { SatisfactionQueryDto, SatisfactionReport } from './rate-dossier.dto';
import { SatisfactionService } from './satisfaction.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class SatisfactionController {
  constructor(private readonly service: SatisfactionService) {}

  @Get('satisfaction')
  @Roles('supervisor', 'admin')
  @ApiOkResponse({ type: SatisfactionReport })
  satisfaction(
    @CurrentUser() user: AuthUser,
    @Query() query: SatisfactionQueryDto,
  ): Promise<SatisfactionReport> {
    return this.service.report(user, query);
  }
}
