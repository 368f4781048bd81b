import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The reminder to issue the apology-and-extension letter (form 04): once per dossier and appointment. */
@Entity('apology_reminder')
@Unique('apology_reminder_key', ['dossierId', 'appointmentAt'])
export class ApologyReminderEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'appointment_at', type: 'timestamptz' })
  appointmentAt!: Date;

  /** Sent less than one working day before the appointment: the letter is already late. */
  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ type: 'integer' })
  recipients!: number;

  @Column({ name: 'reminded_at', type: 'timestamptz' })
  remindedAt!: Date;
}
