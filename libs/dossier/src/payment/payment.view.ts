import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import { PAYMENT_TIMINGS } from '@motcua/engine';
import type { DossierPaymentEntity } from './dossier-payment.entity';
import { type FeeStatement, PAYMENT_METHODS } from './payment.rules';

export class FeeView {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'đồng' }) amount!: number;
}

export class PaymentView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'đồng' }) amount!: number;
  @ApiProperty({ enum: PAYMENT_METHODS }) method!: string;
  @ApiProperty({ enum: ['desk', 'portal'] }) source!: string;
  @ApiProperty({ type: String, nullable: true }) receiptNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) portalTransactionId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the officer who received it' })
  receivedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() paidAt!: string;
  @ApiProperty() recordedAt!: string;
}

/** The dossier's fees and what is paid of them. */
export class FeeStatementView {
  @ApiProperty({ type: [FeeView] }) fees!: FeeView[];
  @ApiProperty() feesTotal!: number;
  @ApiProperty({ enum: PAYMENT_TIMINGS, description: "when the procedure's fees are paid" }) timing!: string;
  @ApiProperty({ description: 'the center collects them' }) collected!: boolean;
  @ApiProperty() paidAmount!: number;
  @ApiProperty({ description: 'still to pay' }) due!: number;
  @ApiProperty({ description: 'nothing left to pay (paid in full, or nothing collected)' }) paid!: boolean;
}

export class DossierPaymentsView extends FeeStatementView {
  @ApiProperty() code!: string;
  @ApiProperty({ type: [PaymentView] }) payments!: PaymentView[];
}

export const toFeeStatementView = (s: FeeStatement): FeeStatementView => ({
  fees: s.fees,
  feesTotal: s.total,
  timing: s.timing,
  collected: s.collected,
  paidAmount: s.paidAmount,
  due: s.due,
  paid: s.paid,
});

export const toPaymentView = (p: DossierPaymentEntity): PaymentView => ({
  id: p.id,
  amount: p.amount,
  method: p.method,
  source: p.source,
  receiptNumber: p.receiptNumber,
  portalTransactionId: p.portalTransactionId,
  receivedBy: p.receivedByName,
  note: p.note,
  paidAt: toVietnamIso(p.paidAt),
  recordedAt: toVietnamIso(p.recordedAt),
});
