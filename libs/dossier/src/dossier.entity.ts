import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ResultCollector } from './payment/result-collector.rules';
import type { PersistedState } from '@motcua/engine';
import type { Applicant, Channel, DossierStatus, HandedDocument, TakenLimitExtension } from './dossier.types';

/** A citizen's dossier; `version` is bumped by every state change (optimistic locking). Indexes: see the migration. */
@Entity('dossier')
export class DossierEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ name: 'procedure_code', type: 'varchar', length: 8 })
  procedureCode!: string;

  @Column({ name: 'procedure_version_id', type: 'uuid' })
  procedureVersionId!: string;

  @Column({ name: 'receiving_unit', type: 'varchar', length: 64 })
  receivingUnit!: string;

  @Column({ name: 'route_units', type: 'text', array: true })
  routeUnits!: string[];

  /** Its receiving unit and the owner unit of every step it entered; kept by a trigger (migration ReachedUnits). */
  @Column({
    name: 'reached_units',
    type: 'text',
    array: true,
    default: () => "'{}'",
    insert: false,
    update: false,
  })
  reachedUnits!: string[];

  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 24 })
  status!: DossierStatus;

  @Column({ type: 'jsonb' })
  applicant!: Applicant;

  @Column({ name: 'applicant_name', type: 'text' })
  applicantName!: string;

  @Column({ name: 'applicant_id_number', type: 'varchar', length: 20 })
  applicantIdNumber!: string;

  @Column({ type: 'jsonb' })
  documents!: HandedDocument[];

  /** The citizen's key to the public lookup (printed on the receipt); the database draws one when none is given. */
  @Column({ name: 'lookup_key', type: 'varchar', length: 8, default: () => 'dossier_lookup_key()' })
  lookupKey!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'machine_state', type: 'jsonb', nullable: true })
  machineState!: PersistedState | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  step!: string | null;

  @Column({ name: 'step_owner_unit', type: 'varchar', length: 64, nullable: true })
  stepOwnerUnit!: string | null;

  @Column({ name: 'step_owner_role', type: 'varchar', length: 16, nullable: true })
  stepOwnerRole!: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'clock_started_at', type: 'timestamptz', nullable: true })
  clockStartedAt!: Date | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** The appointment printed on the last receipt (form 01); a calendar change moves `dueAt`, never this. */
  @Column({ name: 'receipt_due_at', type: 'timestamptz', nullable: true })
  receiptDueAt!: Date | null;

  /** The conditional limits it took, in order: each moved `dueAt` (and the receipt's appointment) when taken. */
  @Column({ name: 'limit_extensions', type: 'jsonb', default: () => `'[]'` })
  limitExtensions!: TakenLimitExtension[];

  @Column({ name: 'step_started_at', type: 'timestamptz', nullable: true })
  stepStartedAt!: Date | null;

  @Column({ name: 'step_due_at', type: 'timestamptz', nullable: true })
  stepDueAt!: Date | null;

  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  @Column({ name: 'extended_at', type: 'timestamptz', nullable: true })
  extendedAt!: Date | null;

  @Column({ name: 'result_ready_at', type: 'timestamptz', nullable: true })
  resultReadyAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /**
   * Working milliseconds from the clock's start to the finish (bigint, as text), written when the dossier is done:
   * what the indicators average. Null otherwise, and on dossiers done before the column.
   */
  @Column({ name: 'working_ms', type: 'bigint', nullable: true })
  workingMs!: string | null;

  /** When the current step was first assigned by its unit's head (its pick-up); null until then. */
  @Column({ name: 'step_picked_up_at', type: 'timestamptz', nullable: true })
  stepPickedUpAt!: Date | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt!: Date;

  /** Working minutes each step used in its earlier visits (per-visit accounting). */
  @Column({ name: 'step_consumed', type: 'jsonb', default: () => `'{}'` })
  stepConsumed!: Record<string, number>;

  @Column({ name: 'due_soon_from', type: 'timestamptz', nullable: true })
  dueSoonFrom!: Date | null;

  @Column({ name: 'stall_at', type: 'timestamptz', nullable: true })
  stallAt!: Date | null;

  @Column({ name: 'apology_reminder_at', type: 'timestamptz', nullable: true })
  apologyReminderAt!: Date | null;

  @Column({ name: 'apology_reminded_at', type: 'timestamptz', nullable: true })
  apologyRemindedAt!: Date | null;

  @Column({ name: 'flag_due_soon_at', type: 'timestamptz', nullable: true })
  flagDueSoonAt!: Date | null;

  @Column({ name: 'flag_overdue_at', type: 'timestamptz', nullable: true })
  flagOverdueAt!: Date | null;

  @Column({ name: 'flag_step_overdue_at', type: 'timestamptz', nullable: true })
  flagStepOverdueAt!: Date | null;

  @Column({ name: 'flag_stalled_at', type: 'timestamptz', nullable: true })
  flagStalledAt!: Date | null;

  /** The citizen's supplement is overdue: the wait passed its limit (cleared when the wait ends). */
  @Column({ name: 'flag_supplement_overdue_at', type: 'timestamptz', nullable: true })
  flagSupplementOverdueAt!: Date | null;

  /** Opinions asked of other units and not yet answered (dossier_consultation); a `wait` step holds its hand-over. */
  @Column({ name: 'open_consultations', type: 'integer', default: 0 })
  openConsultations!: number;

  /** The fees paid so far, in đồng (the sum of its dossier_payment rows); the result's hand-over reads it. */
  @Column({ name: 'paid_amount', type: 'integer', default: 0 })
  paidAmount!: number;

  /** Who collected the result at the hand-over (personal data: staff only, never in the public view). */
  @Column({ name: 'result_collector', type: 'jsonb', nullable: true })
  resultCollector!: ResultCollector | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
