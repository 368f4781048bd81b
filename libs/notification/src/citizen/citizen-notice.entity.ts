import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CitizenChannel, CitizenNoticeFacts, CitizenNoticeKind } from './citizen-notice.types';

/**
 * A notice to the applicant on one channel, written with the change it tells of; see migration CitizenNotice. One
 * per (dossier version, kind, channel), held by `citizen_notice_once` across months. Partitioned by month on
 * `created_at`, which is therefore part of the keys (migration NotificationPartitions).
 */
@Entity('citizen_notice')
export class CitizenNoticeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'dossier_version', type: 'integer' })
  dossierVersion!: number;

  @Column({ type: 'varchar', length: 24 })
  kind!: CitizenNoticeKind;

  @Column({ type: 'varchar', length: 8 })
  channel!: CitizenChannel;

  @Column({ type: 'jsonb', default: {} })
  facts!: CitizenNoticeFacts;

  @PrimaryColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
