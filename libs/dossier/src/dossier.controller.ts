import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { AssignmentService } from './command/assignment.service';
import { CommentDto } from './command/comment.dto';
import { CommentService } from './command/comment.service';
import { TransferDto } from './command/transfer.dto';
import { TransferService } from './command/transfer.service';
import { AssignDto, DossierActionDto } from './command/dossier-action.dto';
import { DossierActionService } from './command/dossier-action.service';
import { ReceiveDossierDto } from './command/receive-dossier.dto';
import { IdempotentReceptionService } from './command/idempotent-reception.service';
import { ReceiptView } from './query/receipt.view';
import { DossierQueryService } from './query/dossier-query.service';
import { TimelinessService, TimelinessView } from './query/timeliness.service';
import { ControlSheetRow, DossierCount, DossierPage, DossierView } from './query/dossier.view';
import { ListDossiersDto } from './query/list-dossiers.dto';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossierController {
  constructor(
    private readonly reception: IdempotentReceptionService,
    private readonly actions: DossierActionService,
    private readonly assignments: AssignmentService,
    private readonly comments: CommentService,
    private readonly queries: DossierQueryService,
    private readonly timelinessService: TimelinessService,
    private readonly transfers: TransferService,
  ) {}

  @Post()
  @Roles('reception')
  @ApiCreatedResponse({ type: ReceiptView })
  @ApiHeader({
    // The name @Headers() reads, so that the document lists one optional header, not a second required one.
    name: 'idempotency-key',
    required: false,
    description:
      'a key of your own per new dossier (a UUID): sent again with the same body, the same receipt comes back ' +
      '(Idempotent-Replayed: true) and no second dossier is made; with another body, 422 IDEMPOTENCY_KEY_REUSED',
  })
  async receive(
    @CurrentUser() user: AuthUser,
    @Body() dto: ReceiveDossierDto,
    @Res({ passthrough: true }) res: Response,
    @Headers('idempotency-key') key?: string,
  ): Promise<ReceiptView> {
    const { receipt, replayed } = await this.reception.receive(user, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return receipt;
  }

  @Get()
  @ApiOkResponse({ type: DossierPage })
  list(@CurrentUser() user: AuthUser, @Query() filter: ListDossiersDto): Promise<DossierPage> {
    return this.queries.list(user, filter);
  }

  @Get('count')
  @ApiOkResponse({ type: DossierCount })
  count(@CurrentUser() user: AuthUser, @Query() filter: ListDossiersDto): Promise<DossierCount> {
    return this.queries.count(user, filter);
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

  /** To the competent agency's procedure, code and clock start kept (docs/deadlines.md, "Transfer"). */
  @Post(':code/transfer')
  @HttpCode(200)
  @Roles('reception', 'officer', 'head')
  @ApiOkResponse({ type: DossierView })
  async transfer(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: TransferDto,
  ): Promise<DossierView> {
    const dossier = await this.transfers.transfer(user, code, dto);
    return this.queries.view(user, dossier.code);
  }
}
