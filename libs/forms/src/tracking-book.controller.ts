import { Controller, Get, Param, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import { BOOK_NUMBER, type FormFormat } from './form.types';
import { formResponse } from './form-response.rules';
import { FormErrorCode, FormException } from './form.exception';
import { TrackingBookQueryDto } from './tracking-book.dto';
import { TrackingBookService } from './tracking-book.service';

@ApiTags('forms')
@ApiBearerAuth()
@Controller('forms')
export class TrackingBookController {
  constructor(private readonly book: TrackingBookService) {}

  /** Form 07, the tracking book of a unit for [from, to): `07.html` or `07.pdf`. */
  @Get(':form')
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({ description: 'the tracking book, printable HTML (A4 landscape) or PDF' })
  async form(
    @CurrentUser() user: AuthUser,
    @Param('form') name: string,
    @Query() q: TrackingBookQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | string> {
    const match = /^07\.(html|pdf)$/.exec(name);
    if (!match) {
      throw new FormException(
        FormErrorCode.UnknownForm,
        `no form '${name}' for a unit; known: ${BOOK_NUMBER}.html, ${BOOK_NUMBER}.pdf (dossier forms are under /dossiers/:code/forms)`,
      );
    }
    const doc = await this.book.build(user, q);
    const file = `mau-07-${q.unit}-${q.from.slice(0, 10)}.${match[1]}`;
    return formResponse(doc, match[1] as FormFormat, file, res);
  }
}
