import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PaymentMethod, PaymentSource } from './payment.rules';

/** One payment of a dossier's fees: at the desk with its receipt, or notified by the portal with its transaction. */
@Entity('dossier_payment')
export class DossierPaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  /** The receiving agency: its receipt numbers are unique. */
  @Column({ name: 'agency_id', type: 'varchar', length: 40 })
  agencyId!: string;

  /** In đồng. */
  @Column({ type: 'integer' })
  amount!: number;

  @Column({ type: 'varchar', length: 16 })
  method!: PaymentMethod;

  @Column({ type: 'varchar', length: 8 })
  source!: PaymentSource;

  @Column({ name: 'receipt_number', type: 'varchar', length: 64, nullable: true })
  receiptNumber!: string | null;

  @Column({ name: 'portal_client', type: 'varchar', length: 64, nullable: true })
  portalClient!: string | null;

  @Column({ name: 'portal_transaction_id', type: 'varchar', length: 128, nullable: true })
  portalTransactionId!: string | null;

  /** The officer who received it at the desk (null for the portal). */
  @Column({ name: 'received_by', type: 'uuid', nullable: true })
  receivedBy!: string | null;

  @Column({ name: 'received_by_name', type: 'text', nullable: true })
  receivedByName!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz' })
  paidAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** The dossier version whose event recorded it. */
  @Column({ name: 'event_version', type: 'integer' })
  eventVersion!: number;
}
