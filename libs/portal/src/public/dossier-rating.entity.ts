import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A citizen's rating of a returned dossier: one per dossier (unique), each criterion 1–5 (checks in the migration). */
@Entity('dossier_rating')
@Index('dossier_rating_rated_at_idx', ['ratedAt'])
export class DossierRatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid', unique: true })
  dossierId!: string;

  @Column({ name: 'procedure_code', type: 'varchar', length: 8 })
  procedureCode!: string;

  @Column({ name: 'receiving_unit', type: 'varchar', length: 64 })
  receivingUnit!: string;

  @Column({ type: 'smallint' })
  overall!: number;

  @Column({ name: 'on_time', type: 'smallint' })
  onTime!: number;

  @Column({ name: 'staff_attitude', type: 'smallint' })
  staffAttitude!: number;

  @Column({ type: 'smallint' })
  guidance!: number;

  @Column({ type: 'smallint', nullable: true })
  facilities!: number | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'rated_at', type: 'timestamptz' })
  ratedAt!: Date;
}
