import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { EscalationLevel, FlagName, NotificationKind } from './notification.types';

/**
 * One message to one user, shown in the app; `dedupe_key` makes every (subject, user) message unique, held by
 * `notification_once` across months. Partitioned by month on `created_at`, which is therefore part of the keys.
 * Indexes: see the migrations.
 */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'dossier_code', type: 'varchar', length: 40 })
  dossierCode!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 16, nullable: true })
  flag!: FlagName | null;

  @Column({ type: 'smallint', nullable: true })
  level!: EscalationLevel | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @PrimaryColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;
}
