import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorResponseView } from '@motcua/common';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { MigrateRevisionDto } from './migrate-revision.dto';
import { RevisionMigrationService } from './revision-migration.service';
import { MigrationView } from './migration.view';

/** Moving running dossiers onto a newer revision of their procedure, for administrators. */
@ApiTags('procedures')
@ApiBearerAuth()
@Roles('admin')
@Controller('procedures')
export class RevisionMigrationController {
  constructor(private readonly migrations: RevisionMigrationService) {}

  @Post(':code/migrations')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'code', example: '2.000908' })
  @ApiOkResponse({ type: MigrationView, description: 'what would change (dryRun) or what was written' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseView,
    description: 'UNKNOWN_REVISION, INVALID_STEP_MAPPING, NOT_MIGRATABLE (nothing written)',
  })
  @ApiConflictResponse({
    type: ErrorResponseView,
    description: 'VERSION_CONFLICT: a dossier changed since the dry run',
  })
  migrate(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: MigrateRevisionDto,
  ): Promise<MigrationView> {
    return this.migrations.migrate(user, code, dto);
  }
}
