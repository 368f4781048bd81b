import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { packFileName } from './review-pack-cover.rules';
import { reviewPackPdf } from './review-pack-pdf.rules';
import { ReviewPackQueryDto } from './review-pack-query.dto';
import { reviewPackXlsx } from './review-pack-xlsx.rules';
import { ReviewPackService } from './review-pack.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('improvement')
@ApiBearerAuth()
@Controller('improvement')
export class ReviewPackController {
  constructor(private readonly service: ReviewPackService) {}

  /** The ISO review pack of an agency for a year: its procedures, their step times and the matters to review. */
  @Get('review-pack')
  @Roles('supervisor', 'iso', 'leader', 'head', 'admin')
  @ApiProduces('application/pdf', XLSX)
  @ApiOkResponse({ description: 'the pack as a PDF (A4) or a workbook (one sheet per section)' })
  @ApiBadRequestResponse({ description: 'BAD_YEAR, UNKNOWN_AGENCY or VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN_UNIT: the agency is not among the reader’s units' })
  async reviewPack(@CurrentUser() user: AuthUser, @Query() q: ReviewPackQueryDto): Promise<StreamableFile> {
    const pack = await this.service.pack(user, q.agency, q.year);
    const name = packFileName(pack);
    if (q.format === 'xlsx')
      return new StreamableFile(await reviewPackXlsx(pack), {
        type: XLSX,
        disposition: `attachment; filename="${name}.xlsx"`,
      });
    return new StreamableFile(await reviewPackPdf(pack), {
      type: 'application/pdf',
      disposition: `attachment; filename="${name}.pdf"`,
    });
  }
}
