import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@motcua/identity';
import { AccessLogPage, AccessLogQueryDto } from './access-log.dto';
import { AccessLogService } from './access-log.service';

@ApiTags('access-log')
@ApiBearerAuth()
@Controller('access-log')
export class AccessLogController {
  constructor(private readonly service: AccessLogService) {}

  /** Reads of dossiers' personal data by dossier code and/or username, newest first; admin only. */
  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: AccessLogPage })
  @ApiBadRequestResponse({ description: 'ACCESS_LOG_FILTER_REQUIRED: neither dossier nor user given' })
  query(@Query() q: AccessLogQueryDto): Promise<AccessLogPage> {
    return this.service.query(q);
  }
}
