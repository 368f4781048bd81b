import { Controller, Get, Inject, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiUnprocessableEntityResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Clock, ErrorResponseView } from '@motcua/common';
import { CatalogErrorCode, CatalogException } from './catalog.exception';
import type { Catalog } from './catalog.types';
import { CATALOG } from './catalog.config';
import { ProcedureRevisionsService } from './procedure-revisions.service';
import { ProcedureVersionRepository } from './procedure-version.repository';
import {
  ProcedureDetailView,
  ProcedureSummaryView,
  type ShownRevision,
  toProcedureDetail,
  toProcedureSummary,
} from './procedure.view';

@ApiTags('procedures')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponseView, description: 'UNAUTHENTICATED' })
@Controller('procedures')
export class ProceduresController {
  constructor(
    private readonly revisions: ProcedureRevisionsService,
    private readonly versions: ProcedureVersionRepository,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  /** The version in effect now, else the first one waiting for its date; with the versions still pending. */
  private shown(code: string): ShownRevision | undefined {
    const now = this.clock.now();
    const current = this.revisions.current(code, now);
    const pending = this.revisions.pending(code, now);
    const shown = current ?? pending[0];
    return shown ? { shown, inEffect: current !== undefined, pending } : undefined;
  }

  @Get()
  @ApiOkResponse({
    type: [ProcedureSummaryView],
    description: 'the revision of every procedure in effect now (or, before any is, the first one pending)',
  })
  list(): ProcedureSummaryView[] {
    return this.revisions
      .codes()
      .map((code) => this.shown(code))
      .filter((shown): shown is ShownRevision => shown !== undefined)
      .map(toProcedureSummary)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  @Get(':code')
  @ApiParam({ name: 'code', description: 'national procedure code', example: '2.000908' })
  @ApiOkResponse({ type: ProcedureDetailView })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseView, description: 'UNKNOWN_PROCEDURE' })
  async get(@Param('code') code: string): Promise<ProcedureDetailView> {
    const current = this.shown(code);
    if (!current) {
      throw new CatalogException(CatalogErrorCode.UnknownProcedure, `no procedure with code '${code}'`, {
        procedureCode: code,
      });
    }
    return toProcedureDetail(current, await this.versions.findByCode(code), this.catalog.org);
  }
}
