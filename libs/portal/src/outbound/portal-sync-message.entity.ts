import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PortalDossierPayload } from './portal-payload.rules';

export type PortalSyncStatus = 'pending' | 'delivered' | 'parked';

/**
 * One state change for the portal; `id` is the message id it deduplicates on. Partitioned by month on
 * `created_at`, which is therefore part of the keys. Indexes: see the migrations.
 */
@Entity('portal_sync_message')
export class PortalSyncMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'dossier_version', type: 'integer' })
  dossierVersion!: number;

  @Column({ type: 'jsonb' })
  payload!: PortalDossierPayload;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: PortalSyncStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @PrimaryColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
