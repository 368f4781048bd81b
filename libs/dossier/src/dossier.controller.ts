import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { PageQueryDto } from '@motcua/common';
import { AssignmentService } from './command/assignment.service';
import { CommentDto } from './command/comment.dto';
import { CommentService } from './command/comment.service';
import { AssignDto, DossierActionDto } from './command/dossier-action.dto';
import { DossierActionService } from './command/dossier-action.service';
import { ReceiveDossierDto } from './command/receive-dossier.dto';
import { ReceptionService } from './command/reception.service';
import { ReceiptView, toReceiptView } from './query/receipt.view';
import { DossierQueryService } from './query/dossier-query.service';
import { TimelinessService, TimelinessView } from './query/timeliness.service';
import { ControlSheetRow, DossierPage, DossierView, InboxPage } from './query/dossier.view';
import { ListDossiersDto } from './query/list-dossiers.dto';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossierController {
  constructor(
    private readonly reception: ReceptionService,
    private readonly actions: DossierActionService,
    private readonly assignments: AssignmentService,
    private readonly comments: CommentService,
    private readonly queries: DossierQueryService,
    private readonly timelinessService: TimelinessService,
  ) {}

  @Post()
  @Roles('reception')
  @ApiCreatedResponse({ type: ReceiptView })
  async receive(@CurrentUser() user: AuthUser, @Body() dto: ReceiveDossierDto): Promise<ReceiptView> {
    return toReceiptView(await this.reception.receive(user, dto));
  }

  @Get()
  @ApiOkResponse({ type: DossierPage })
  list(@CurrentUser() user: AuthUser, @Query() filter: ListDossiersDto): Promise<DossierPage> {
    return this.queries.list(user, filter);
  }

  @Get(':code')
  @ApiOkResponse({ type: DossierView })
  view(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<DossierView> {
    return this.queries.view(user, code);
  }

  @Get(':code/history')
  @ApiOkResponse({ type: [ControlSheetRow] })
  history(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<ControlSheetRow[]> {
    return this.queries.history(user, code);
  }

  @Get(':code/timeliness')
  @ApiOkResponse({ type: TimelinessView })
  timeliness(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<TimelinessView> {
    return this.timelinessService.of(user, code);
  }

  @Post(':code/actions')
  @HttpCode(200)
  @ApiOkResponse({ type: DossierView })
  async act(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: DossierActionDto,
  ): Promise<DossierView> {
    const dossier = await this.actions.act(user, code, dto);
    return this.queries.view(user, dossier.code);
  }

  @Post(':code/assign')
  @HttpCode(200)
  @Roles('head')
  @ApiOkResponse({ type: DossierView })
  async assign(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: AssignDto,
  ): Promise<DossierView> {
    const dossier = await this.assignments.assign(user, code, dto);
    return this.queries.view(user, dossier.code);
  }

  @Post(':code/comments')
  @HttpCode(200)
  @ApiOkResponse({ type: DossierView })
  async comment(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: CommentDto,
  ): Promise<DossierView> {
    const dossier = await this.comments.comment(user, code, dto);
    return this.queries.view(user, dossier.code);
  }
}

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
