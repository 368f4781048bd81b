import { Body, Controller, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@motcua/identity';
import { PortalPaymentDto } from './portal-payment.dto';
import { type PortalPaymentReceipt, PortalPaymentService } from './portal-payment.service';
import { type PortalRequest, PortalSignatureGuard } from './portal-signature.guard';

@ApiTags('portal')
@Controller('portal/payments')
@Public()
@UseGuards(PortalSignatureGuard)
export class PortalPaymentController {
  constructor(private readonly payments: PortalPaymentService) {}

  @Post()
  @ApiOperation({ summary: "A dossier's fees paid online on the portal (201 recorded, 200 a resend)" })
  @ApiHeader({ name: 'X-Api-Key', required: true })
  @ApiHeader({ name: 'X-Timestamp', required: true, description: 'unix seconds or ISO 8601' })
  @ApiHeader({ name: 'X-Nonce', required: true })
  @ApiHeader({
    name: 'X-Signature',
    required: true,
    description: 'hex HMAC-SHA256 of timestamp\\nnonce\\nbody',
  })
  async notify(
    @Req() req: PortalRequest,
    @Body() dto: PortalPaymentDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PortalPaymentReceipt> {
    const { created, receipt } = await this.payments.notify(req.portalClient!, dto);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return receipt;
  }
}
