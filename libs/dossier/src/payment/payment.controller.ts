import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import { RecordPaymentDto } from './record-payment.dto';
import { PaymentService } from './payment.service';
import { DossierPaymentsView } from './payment.view';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/:code/payments')
export class PaymentController {
  constructor(private readonly payments: PaymentService) {}

  /** A payment received at the desk, by reception of the receiving unit. */
  @Post()
  @ApiCreatedResponse({ type: DossierPaymentsView })
  record(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: RecordPaymentDto,
  ): Promise<DossierPaymentsView> {
    return this.payments.record(user, code, dto);
  }

  /** The fees, what is paid and still due, and every payment, for whoever may read the dossier. */
  @Get()
  @ApiOkResponse({ type: DossierPaymentsView })
  list(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<DossierPaymentsView> {
    return this.payments.list(user, code);
  }
}
