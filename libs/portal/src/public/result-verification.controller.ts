import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '@motcua/identity';
import { readPdfBody, ResultService, VerificationView } from '@motcua/result';
import { PublicRateLimitGuard } from './public-rate-limit.guard';

/** Anyone holding a result PDF checks its signature: no login, rate-limited per address like the lookup. */
@ApiTags('public')
@Public()
@UseGuards(PublicRateLimitGuard)
@Controller('public/results')
export class ResultVerificationController {
  constructor(private readonly results: ResultService) {}

  /** Body: the PDF (Content-Type application/pdf). 200 with `valid: false` and the problem for a bad signature. */
  @Post('verify')
  @HttpCode(200)
  @ApiConsumes('application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: VerificationView })
  async verify(@Req() request: Request): Promise<VerificationView> {
    return this.results.verify(await readPdfBody(request));
  }
}
