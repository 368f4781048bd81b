import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every wait for a supplement, kept whole: the Decree restarts the clock, Decision 766 subtracts the wait. */
@Entity('dossier_pause')
export class DossierPauseEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  step!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'missing_items', type: 'jsonb', default: () => `'[]'` })
  missingItems!: string[];

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'due_before', type: 'timestamptz', nullable: true })
  dueBefore!: Date | null;

  /** When the wait passed the supplement wait limit (set once, by the sweep). */
  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true })
  expiredAt!: Date | null;

  @Column({ name: 'due_after', type: 'timestamptz', nullable: true })
  dueAfter!: Date | null;
}
