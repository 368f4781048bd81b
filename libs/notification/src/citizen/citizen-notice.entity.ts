import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { CitizenChannel, CitizenNoticeFacts, CitizenNoticeKind } from './citizen-notice.types';

/** A notice to the applicant on one channel, written with the change it tells of; see migration CitizenNotice. */
@Entity('citizen_notice')
@Unique('citizen_notice_key', ['dossierId', 'dossierVersion', 'kind', 'channel'])
@Index('citizen_notice_pending_idx', ['createdAt'], { where: 'delivered_at IS NULL' })
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

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
