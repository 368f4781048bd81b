import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { type AuthUser, hasRole } from '@motcua/identity';
import { DossierReaderService } from '../command/dossier-reader.service';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import type { RecordPaymentDto } from './record-payment.dto';
import { planPayment } from './payment.plan';
import { PaymentRepository } from './payment.repository';
import { feeStatement } from './payment.rules';
import { type DossierPaymentsView, toFeeStatementView, toPaymentView } from './payment.view';

/** The dossier's fees and payments: reception of the receiving unit records what is paid at the desk. */
@Injectable()
export class PaymentService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly reader: DossierReaderService,
    private readonly ledger: DossierLedgerService,
    private readonly payments: PaymentRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async record(user: AuthUser, code: string, dto: RecordPaymentDto): Promise<DossierPaymentsView> {
    const found = await this.reader.readable(user, code);
    if (!hasRole(user, 'reception') || user.unitId !== found.receivingUnit) {
      throw new DossierException(
        DossierErrorCode.NotReceptionUnit,
        `Chỉ Bộ phận tiếp nhận của đơn vị đã nhận hồ sơ ${code} ghi nhận khoản thu`,
      );
    }
    const id = randomUUID();
    const { calendar } = this.catalog;
    const committed = await this.ledger.commitLatest(found.id, async (dossier) => {
      const revision = await this.revisions.get(dossier.procedureVersionId);
      const now = this.clock.now();
      const draft = {
        id,
        amount: dto.amount,
        method: dto.method,
        receiptNumber: dto.receiptNumber.trim(),
        note: dto.note?.trim() || null,
        paidAt: now,
        portal: null,
      };
      const { plan, row } = planPayment({ dossier, revision, calendar, now }, draft, user);
      plan.alongside = (manager) => this.payments.insert(manager, row);
      return plan;
    });
    this.metrics.transition('payment');
    return this.statementOf(committed!.dossier);
  }

  async list(user: AuthUser, code: string): Promise<DossierPaymentsView> {
    return this.statementOf(await this.reader.readable(user, code));
  }

  async statementOf(dossier: DossierEntity): Promise<DossierPaymentsView> {
    const [revision, payments] = await Promise.all([
      this.revisions.get(dossier.procedureVersionId),
      this.payments.forDossier(dossier.id),
    ]);
    return {
      code: dossier.code,
      ...toFeeStatementView(feeStatement(revision.definition, dossier.paidAmount)),
      payments: payments.map(toPaymentView),
    };
  }
}
