import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An opinion asked of another unit by a step's owner (xin ý kiến), with its deadline and, once given, the answer. */
@Entity('dossier_consultation')
export class ConsultationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  /** The step whose owner asked. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  step!: string | null;

  /** The consulted unit. */
  @Column({ type: 'varchar', length: 64 })
  unit!: string;

  /** The role in the consulted unit that answers; null: its officers and its head. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  role!: string | null;

  @Column({ type: 'text' })
  question!: string;

  @Column({ name: 'asked_by', type: 'uuid' })
  askedBy!: string;

  @Column({ name: 'asked_unit', type: 'varchar', length: 64 })
  askedUnit!: string;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
