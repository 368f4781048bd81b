import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import { contentDisposition } from './document-list.rules';
import { AttachDocumentsDto, CheckDocumentDto, DownloadQueryDto } from './attach-documents.dto';
import { DocumentService, type UploadedFile } from './document.service';
import { ACCEPTED_TYPES } from './document.types';
import { DossierDocumentsView } from './document.view';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/:code/documents')
export class DocumentController {
  constructor(private readonly documents: DocumentService) {}

  /** The dossier's files by component, and its working documents; for whoever may read the dossier. */
  @Get()
  @ApiOkResponse({ type: DossierDocumentsView })
  list(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<DossierDocumentsView> {
    return this.documents.list(user, code);
  }

  /**
   * Scans of a component at the desk (`component` set: reception of the receiving unit), or a working document of
   * the step (no `component`: the step's holder). PDF, JPEG or PNG by content; see docs/documents.md for the limits.
   */
  @Post()
  @UseInterceptors(UploadErrorsInterceptor, FilesInterceptor('files'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['files'],
      properties: {
        component: { type: 'string' },
        files: { type: 'array', items: { type: 'string', format: 'binary' } },
      },
    },
  })
  @ApiCreatedResponse({ type: DossierDocumentsView })
  attach(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: AttachDocumentsDto,
    @UploadedFiles() files: UploadedFile[] | undefined,
  ): Promise<DossierDocumentsView> {
    return this.documents.attach(user, code, dto.component ?? null, files ?? []);
  }

  /** Reception's check of a component's file against the paper (it then counts as digitised), or its withdrawal. */
  @Put(':id/check')
  @HttpCode(200)
  @ApiOkResponse({ type: DossierDocumentsView })
  check(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Param('id') id: string,
    @Body() dto: CheckDocumentDto,
  ): Promise<DossierDocumentsView> {
    return this.documents.check(user, code, id, dto.checked);
  }

  /** The file's bytes (inline, or `download=1` to save); each download is written to the access log. */
  @Get(':id/content')
  @ApiProduces(...ACCEPTED_TYPES)
  async content(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Param('id') id: string,
    @Query() query: DownloadQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const { document, content } = await this.documents.download(user, code, id);
    // A file of an older portal row may be of any declared type: never rendered by the browser, only saved.
    const viewable = (ACCEPTED_TYPES as readonly string[]).includes(document.mimeType);
    const inline = viewable && query.download !== '1';
    res.setHeader('Content-Type', viewable ? document.mimeType : 'application/octet-stream');
    res.setHeader('Content-Length', String(content.length));
    res.setHeader(
      'Content-Disposition',
      contentDisposition(inline ? 'inline' : 'attachment', document.fileName),
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(content);
  }
}
