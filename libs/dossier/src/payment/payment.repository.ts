import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierPaymentEntity } from './dossier-payment.entity';

const UNIQUE_VIOLATION = '23505';

const constraintOf = (error: unknown): string | undefined =>
  (error as { code?: string; constraint?: string }).code === UNIQUE_VIOLATION
    ? (error as { constraint?: string }).constraint
    : undefined;

@Injectable()
export class PaymentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes the payment in the change's transaction; a receipt number its agency already used undoes the change. */
  async insert(manager: EntityManager, row: DossierPaymentEntity): Promise<void> {
    try {
      await manager.getRepository(DossierPaymentEntity).insert(row);
    } catch (error) {
      if (constraintOf(error) === 'dossier_payment_receipt_uq') {
        throw new DossierException(
          DossierErrorCode.ReceiptNumberTaken,
          `Số biên lai ${row.receiptNumber} đã được dùng cho một khoản thu khác của cơ quan`,
          { receiptNumber: row.receiptNumber },
        );
      }
      throw error;
    }
  }

  /** Whether the failed write was a portal transaction recorded meanwhile (a concurrent resend). */
  static isTransactionTaken(error: unknown): boolean {
    return constraintOf(error) === 'dossier_payment_transaction_uq';
  }

  forDossier(dossierId: string): Promise<DossierPaymentEntity[]> {
    return this.dataSource
      .getRepository(DossierPaymentEntity)
      .find({ where: { dossierId }, order: { recordedAt: 'ASC', id: 'ASC' } });
  }

  findTransaction(portalClient: string, portalTransactionId: string): Promise<DossierPaymentEntity | null> {
    return this.dataSource
      .getRepository(DossierPaymentEntity)
      .findOneBy({ portalClient, portalTransactionId });
  }
}
