import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DossierStatus } from './dossier.types';
import type { Timeliness } from './dossier-timing.rules';

/**
 * The audit trail and control sheet: exactly one row per dossier version. Partitioned by month on `occurred_at`,
 * which is therefore part of the keys; the ledger inserts an event only with its dossier's versioned update.
 */
@Entity('dossier_event')
export class DossierEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'from_step', type: 'varchar', length: 64, nullable: true })
  fromStep!: string | null;

  @Column({ name: 'to_step', type: 'varchar', length: 64, nullable: true })
  toStep!: string | null;

  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true })
  fromStatus!: DossierStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  toStatus!: DossierStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_username', type: 'varchar', length: 64, nullable: true })
  actorUsername!: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ name: 'actor_title', type: 'text', nullable: true })
  actorTitle!: string | null;

  @Column({ name: 'actor_unit', type: 'varchar', length: 64, nullable: true })
  actorUnit!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload!: Record<string, unknown>;

  @PrimaryColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'step_started_at', type: 'timestamptz', nullable: true })
  stepStartedAt!: Date | null;

  @Column({ name: 'step_due_at', type: 'timestamptz', nullable: true })
  stepDueAt!: Date | null;

  @Column({ name: 'working_minutes', type: 'numeric', precision: 12, scale: 2, nullable: true })
  workingMinutes!: string | null;

  /** On a hand-over: the working minutes the step waited before its pick-up (first assignment); null when none. */
  @Column({ name: 'wait_minutes', type: 'numeric', precision: 12, scale: 2, nullable: true })
  waitMinutes!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  timeliness!: Timeliness | null;
}
