import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Every distinct content of a procedure file ever loaded; a dossier keeps the revision it started on. */
@Entity('procedure_version')
@Unique('procedure_version_code_revision_key', ['code', 'revision'])
@Unique('procedure_version_code_hash_key', ['code', 'contentHash'])
@Index('procedure_version_code_declared_idx', ['code', 'declaredVersion'])
export class ProcedureVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'declared_version', type: 'integer' })
  declaredVersion!: number;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  /** The hash of what the file says (definitionHashOf); null on rows recorded before it was kept. */
  @Column({ name: 'definition_hash', type: 'char', length: 64, nullable: true })
  definitionHash!: string | null;

  /** When the version takes effect for new dossiers; null: when it was loaded. */
  @Column({ name: 'effective_from', type: 'timestamptz', nullable: true })
  effectiveFrom!: Date | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  field!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: string;

  @Column({ type: 'text' })
  file!: string;

  @Column({ type: 'jsonb' })
  definition!: unknown;

  @Column({ name: 'loaded_at', type: 'timestamptz', default: () => 'now()' })
  loadedAt!: Date;
}
