import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorResponseView } from '@motcua/common';
import { CatalogErrorCode, CatalogException } from './catalog.exception';
import { ProcedureRevisions } from './procedure-revisions.service';
import { ProcedureVersionRepository } from './procedure-version.repository';
import {
  ProcedureDetailView,
  ProcedureSummaryView,
  toProcedureDetail,
  toProcedureSummary,
} from './procedure.view';

@ApiTags('procedures')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponseView, description: 'UNAUTHENTICATED' })
@Controller('procedures')
export class ProceduresController {
  constructor(
    private readonly revisions: ProcedureRevisions,
    private readonly versions: ProcedureVersionRepository,
  ) {}

  @Get()
  @ApiOkResponse({ type: [ProcedureSummaryView], description: 'the current revision of every procedure' })
  list(): ProcedureSummaryView[] {
    return this.revisions
      .currentAll()
      .map(toProcedureSummary)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  @Get(':code')
  @ApiParam({ name: 'code', description: 'national procedure code', example: '2.000908' })
  @ApiOkResponse({ type: ProcedureDetailView })
  @ApiNotFoundResponse({ type: ErrorResponseView, description: 'PROCEDURE_NOT_FOUND' })
  async get(@Param('code') code: string): Promise<ProcedureDetailView> {
    const current = this.revisions.current(code);
    if (!current) {
      throw new CatalogException(CatalogErrorCode.ProcedureNotFound, `no procedure with code '${code}'`, {
        procedureCode: code,
      });
    }
    return toProcedureDetail(current, await this.versions.findByCode(code));
  }
}
