import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Channel } from './notification.types';

/** A notification sent out on a channel: a redelivered job whose row says delivered does nothing. */
@Entity('notification_delivery')
@Unique('notification_delivery_key', ['notificationId', 'channel'])
@Index('notification_delivery_pending_idx', ['createdAt'], { where: 'delivered_at IS NULL' })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
