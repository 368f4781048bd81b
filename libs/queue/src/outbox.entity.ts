import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What must happen after a committed state change; the worker relays unrelayed rows into BullMQ. Partitioned by month on `created_at`. */
@Entity('outbox')
@Index('outbox_pending_idx', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  queue!: string;

  @Column({ name: 'job_name', type: 'varchar', length: 64 })
  jobName!: string;

  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'delay_until', type: 'timestamptz', nullable: true })
  delayUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', primary: true })
  createdAt!: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}
