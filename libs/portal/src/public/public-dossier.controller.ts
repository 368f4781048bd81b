import {
  Body,
  Controller,
  Get,
  HttpCode,
  Ip,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendPdf } from '@motcua/result';
import { Public } from '@motcua/identity';
import { PublicRateLimitGuard } from './public-rate-limit.guard';
import { PublicDossierService } from './public-dossier.service';
import { PublicDossierView } from './public-dossier.view';
import { RateDossierDto, RatingReceiptView } from './rate-dossier.dto';

const KEY_QUERY = {
  name: 'key',
  description:
    'the lookup key printed on the receipt (form 01) and given to the citizen: 8 letters and digits; case, spaces and hyphens ignored',
  example: '7K3M9QXZ',
};

/** The citizen's side: no login; code plus key, rate-limited per address, wrong keys limited per code and address. */
@ApiTags('public')
@Public()
@UseGuards(PublicRateLimitGuard)
@Controller('public/dossiers')
export class PublicDossierController {
  constructor(private readonly service: PublicDossierService) {}

  @Get(':code')
  @ApiQuery(KEY_QUERY)
  @ApiOkResponse({ type: PublicDossierView })
  lookup(
    @Param('code') code: string,
    @Ip() address: string,
    @Query('key') key?: string,
  ): Promise<PublicDossierView> {
    return this.service.lookup(code, key, address);
  }

  /** The signed result PDF once the result is returned (status 10); 409 RESULT_NOT_RETURNED before. */
  @Get(':code/result')
  @ApiQuery(KEY_QUERY)
  @ApiProduces('application/pdf')
  async result(
    @Param('code') code: string,
    @Ip() address: string,
    @Res({ passthrough: true }) res: Response,
    @Query('key') key?: string,
  ): Promise<StreamableFile> {
    return sendPdf(res, await this.service.resultFile(code, key, address));
  }

  @Post(':code/rating')
  @HttpCode(201)
  @ApiQuery(KEY_QUERY)
  @ApiCreatedResponse({ type: RatingReceiptView })
  rate(
    @Param('code') code: string,
    @Body() body: RateDossierDto,
    @Ip() address: string,
    @Query('key') key?: string,
  ): Promise<RatingReceiptView> {
    return this.service.rate(code, key, body, address);
  }
}
