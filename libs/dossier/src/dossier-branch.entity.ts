import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A branch of a dossier in a fork (migration DossierBranches): its current step and owner, its own step instants
 * and flags, and how it ended: `joinedAt` (finished) or `closedAt` (closed unfinished).
 */
@Entity('dossier_branch')
export class DossierBranchEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  branch!: string;

  @Column({ name: 'fork_step', type: 'varchar', length: 64 })
  forkStep!: string;

  /** Null once the branch has joined or was closed. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  step!: string | null;

  @Column({ name: 'owner_unit', type: 'varchar', length: 64, nullable: true })
  ownerUnit!: string | null;

  @Column({ name: 'owner_role', type: 'varchar', length: 16, nullable: true })
  ownerRole!: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'step_started_at', type: 'timestamptz', nullable: true })
  stepStartedAt!: Date | null;

  @Column({ name: 'step_due_at', type: 'timestamptz', nullable: true })
  stepDueAt!: Date | null;

  @Column({ name: 'due_soon_from', type: 'timestamptz', nullable: true })
  dueSoonFrom!: Date | null;

  @Column({ name: 'stall_at', type: 'timestamptz', nullable: true })
  stallAt!: Date | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt!: Date;

  /** The branch's step waits for the citizen's supplement (the dossier's clock is paused too). */
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'flag_due_soon_at', type: 'timestamptz', nullable: true })
  flagDueSoonAt!: Date | null;

  @Column({ name: 'flag_step_overdue_at', type: 'timestamptz', nullable: true })
  flagStepOverdueAt!: Date | null;

  @Column({ name: 'flag_stalled_at', type: 'timestamptz', nullable: true })
  flagStalledAt!: Date | null;
}

/** A branch row as a planner writes it (the ledger upserts it by dossier and branch). */
export type BranchRow = Omit<DossierBranchEntity, 'dossierId'>;
