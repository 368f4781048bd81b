import { Body, Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import { readPdfBody } from './pdf-body.rules';
import { RecordResultDto } from './record-result.dto';
import { type ResultFile, ResultService } from './result.service';
import { ResultView } from './result.view';

/** Answers a PDF inline (a browser shows it), under its file name. */
export function sendPdf(res: Response, file: ResultFile): StreamableFile {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `inline; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.bytes);
}

@ApiTags('results')
@ApiBearerAuth()
@Controller('dossiers/:code/result')
export class ResultController {
  constructor(private readonly results: ResultService) {}

  /** Records the result (or the written refusal) from the template, signed with the agency's certificate. */
  @Post()
  @ApiCreatedResponse({ type: ResultView })
  generate(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: RecordResultDto,
  ): Promise<ResultView> {
    return this.results.record(user, code, dto);
  }

  /** Records an uploaded PDF as the result (body: the PDF; particulars in the query), signed as it is stored. */
  @Post('pdf')
  @ApiConsumes('application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ResultView })
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Query() dto: RecordResultDto,
    @Req() request: Request,
  ): Promise<ResultView> {
    return this.results.record(user, code, dto, await readPdfBody(request));
  }

  @Get()
  @ApiOkResponse({ type: ResultView })
  view(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<ResultView> {
    return this.results.view(user, code);
  }

  /** The signed PDF; the download is in the access log. */
  @Get('file')
  @ApiProduces('application/pdf')
  async file(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendPdf(res, await this.results.file(user, code));
  }
}
