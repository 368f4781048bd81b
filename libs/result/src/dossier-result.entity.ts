import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResultKind, ResultSource } from './result.types';

/** The result document of a dossier (or its written refusal after acceptance), signed; its bytes in the file store. */
@Entity('dossier_result')
export class DossierResultEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: ResultKind;

  /** The document number as the agency writes it (Số: 15/QĐ-UBND). */
  @Column({ type: 'varchar', length: 64 })
  number!: string;

  /** The document's date (yyyy-mm-dd, Vietnam's calendar day). */
  @Column({ name: 'document_date', type: 'date' })
  documentDate!: string;

  @Column({ name: 'signer_name', type: 'text' })
  signerName!: string;

  @Column({ name: 'signer_title', type: 'text' })
  signerTitle!: string;

  /** The decision's text; for a refusal, its reasons (the refuse action's). */
  @Column({ type: 'text' })
  decision!: string;

  @Column({ type: 'varchar', length: 8 })
  source!: ResultSource;

  /** sha256 (hex) of the signed PDF. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'file_key', type: 'text' })
  fileKey!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;

  /** sha256 (hex) of the certificate (DER) it was signed with. */
  @Column({ name: 'certificate_sha256', type: 'char', length: 64 })
  certificateSha256!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'recorded_by_username', type: 'varchar', length: 64 })
  recordedByUsername!: string;

  /** The dossier version its `record_result` event made. */
  @Column({ name: 'recorded_version', type: 'integer' })
  recordedVersion!: number;
}
