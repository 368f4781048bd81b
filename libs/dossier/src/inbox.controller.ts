import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import { PageQueryDto } from '@motcua/common';
import { DossierQueryService } from './query/dossier-query.service';
import { InboxPage } from './query/dossier.view';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly queries: DossierQueryService) {}

  /** Most urgent first, `limit` (default 50) a page; `nextCursor` gives the next page. */
  @Get()
  @ApiOkResponse({ type: InboxPage })
  inbox(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<InboxPage> {
    return this.queries.inbox(user, page);
  }
}
