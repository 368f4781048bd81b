import { Body, Controller, HttpCode, HttpStatus, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@motcua/identity';
import { type PortalReceipt, PortalInboundService } from './portal-inbound.service';
import { type PortalRequest, PortalSignatureGuard } from './portal-signature.guard';
import { SubmitPortalDossierDto } from './submit-portal-dossier.dto';
import { PortalSupplementDto } from './portal-supplement.dto';
import { PortalSupplementService } from './portal-supplement.service';

@ApiTags('portal')
@Controller('portal/dossiers')
@Public()
@UseGuards(PortalSignatureGuard)
export class PortalInboundController {
  constructor(
    private readonly inbound: PortalInboundService,
    private readonly supplements: PortalSupplementService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'An online dossier from the public service portal (201 new, 200 a resend)' })
  @ApiHeader({ name: 'X-Api-Key', required: true })
  @ApiHeader({ name: 'X-Timestamp', required: true, description: 'unix seconds or ISO 8601' })
  @ApiHeader({ name: 'X-Nonce', required: true })
  @ApiHeader({
    name: 'X-Signature',
    required: true,
    description: 'hex HMAC-SHA256 of timestamp\\nnonce\\nbody',
  })
  async submit(
    @Req() req: PortalRequest,
    @Body() dto: SubmitPortalDossierDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PortalReceipt> {
    const { created, receipt } = await this.inbound.submit(req.portalClient!, dto);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return receipt;
  }

  @Post(':portalDossierId/supplements')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "The citizen's supplement for an online dossier reception found incomplete (status 5)",
  })
  @ApiHeader({ name: 'X-Api-Key', required: true })
  @ApiHeader({ name: 'X-Timestamp', required: true })
  @ApiHeader({ name: 'X-Nonce', required: true })
  @ApiHeader({ name: 'X-Signature', required: true })
  supplement(
    @Req() req: PortalRequest,
    @Param('portalDossierId') portalDossierId: string,
    @Body() dto: PortalSupplementDto,
  ): Promise<PortalReceipt> {
    return this.supplements.supplement(req.portalClient!, portalDossierId, dto);
  }
}
