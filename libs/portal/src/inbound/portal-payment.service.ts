import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import {
  type DossierPaymentEntity,
  DossierLedgerService,
  DossierRepository,
  feeStatement,
  planPayment,
  PaymentRepository,
} from '@motcua/dossier';
import type { PortalClient } from './portal-clients.config';
import { PortalErrorCode, PortalException } from './portal.exception';
import type { PortalPaymentDto } from './portal-payment.dto';

/** What the portal is answered: the payment as recorded and what the dossier has paid of its fees. */
export interface PortalPaymentReceipt {
  code: string;
  transactionId: string;
  amount: number;
  paidAmount: number;
  feesTotal: number;
  paid: boolean;
}

/**
 * An online payment notified by the national portal. Idempotent on the portal's transaction id: a resend of the same
 * transaction is answered with the payment as first recorded; the same id with another dossier or amount is refused.
 */
@Injectable()
export class PortalPaymentService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly dossiers: DossierRepository,
    private readonly ledger: DossierLedgerService,
    private readonly payments: PaymentRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async notify(
    client: PortalClient,
    dto: PortalPaymentDto,
  ): Promise<{ created: boolean; receipt: PortalPaymentReceipt }> {
    const known = await this.payments.findTransaction(client.name, dto.transactionId);
    if (known) return { created: false, receipt: await this.resent(known, dto) };
    const found = await this.dossiers.findByCode(dto.dossierCode);
    if (!found) {
      throw new PortalException(PortalErrorCode.UnknownDossier, `no dossier ${dto.dossierCode}`);
    }
    const id = randomUUID();
    try {
      await this.ledger.commitLatest(found.id, async (dossier) => {
        const revision = await this.revisions.get(dossier.procedureVersionId);
        const now = this.clock.now();
        const draft = {
          id,
          amount: dto.amount,
          method: 'portal_online' as const,
          receiptNumber: dto.receiptNumber?.trim() || null,
          note: null,
          paidAt: new Date(dto.paidAt),
          portal: { client: client.name, transactionId: dto.transactionId },
        };
        const { plan, row } = planPayment(
          { dossier, revision, calendar: this.catalog.calendar, now },
          draft,
          null,
        );
        plan.alongside = (manager) => this.payments.insert(manager, row);
        return plan;
      });
    } catch (error) {
      if (!PaymentRepository.isTransactionTaken(error)) throw error;
      const raced = await this.payments.findTransaction(client.name, dto.transactionId);
      return { created: false, receipt: await this.resent(raced!, dto) };
    }
    this.metrics.transition('payment');
    return { created: true, receipt: await this.receiptOf(found.id, dto.transactionId, dto.amount) };
  }

  private async resent(known: DossierPaymentEntity, dto: PortalPaymentDto): Promise<PortalPaymentReceipt> {
    const dossier = await this.dossiers.findById(known.dossierId);
    if (dossier?.code !== dto.dossierCode || known.amount !== dto.amount) {
      throw new PortalException(
        PortalErrorCode.TransactionConflict,
        `transaction ${dto.transactionId} was already notified for another dossier or amount`,
      );
    }
    return this.receiptOf(known.dossierId, known.portalTransactionId!, known.amount);
  }

  private async receiptOf(
    dossierId: string,
    transactionId: string,
    amount: number,
  ): Promise<PortalPaymentReceipt> {
    const dossier = (await this.dossiers.findById(dossierId))!;
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const statement = feeStatement(definition, dossier.paidAmount);
    return {
      code: dossier.code,
      transactionId,
      amount,
      paidAmount: dossier.paidAmount,
      feesTotal: statement.total,
      paid: statement.paid,
    };
  }
}
