import { Controller, Get, Param, Res, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import { FORM_NUMBERS, type FormFormat, type FormNumber } from './form.types';
import { formResponse } from './form-response.rules';
import { FormErrorCode, FormException } from './form.exception';
import { FormsService } from './forms.service';

@ApiTags('forms')
@ApiBearerAuth()
@Controller('dossiers')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  /** `:form` is `01.html` … `06.pdf`. */
  @Get(':code/forms/:form')
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({ description: 'the statutory form, printable HTML (A4) or PDF' })
  async form(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Param('form') name: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | string> {
    const match = /^(\d{2})\.(html|pdf)$/.exec(name);
    if (!match || !(FORM_NUMBERS as readonly string[]).includes(match[1]!)) {
      throw new FormException(
        FormErrorCode.UnknownForm,
        `no form '${name}'; known: ${FORM_NUMBERS.join(', ')} as .html or .pdf`,
      );
    }
    const number = match[1] as FormNumber;
    const format = match[2] as FormFormat;
    const doc = await this.forms.build(user, code, number, `${number}.${format}`);
    const file = `mau-${number}-${code}.${format}`;
    return formResponse(doc, format, file, res);
  }
}
