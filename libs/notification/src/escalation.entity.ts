import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EscalationLevel } from './notification.types';

/** A level of a raised flag that was notified; unique on (flag, level), so each level is sent once. */
@Entity('escalation')
@Unique('escalation_flag_level_key', ['flagId', 'level'])
@Index('escalation_next_idx', ['nextLevelAt'], { where: 'next_level_at IS NOT NULL' })
export class EscalationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'flag_id', type: 'bigint' })
  flagId!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'smallint' })
  level!: EscalationLevel;

  @Column({ type: 'integer' })
  recipients!: number;

  @Column({ name: 'escalated_at', type: 'timestamptz' })
  escalatedAt!: Date;

  /** When the next level falls due; null after the last level. */
  @Column({ name: 'next_level_at', type: 'timestamptz', nullable: true })
  nextLevelAt!: Date | null;
}
