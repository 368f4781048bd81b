import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { DossierResultEntity } from './dossier-result.entity';
import { RESULT_KINDS, RESULT_SOURCES } from './result.types';

/** A dossier's result record as officers see it. */
export class ResultView {
  @ApiProperty() dossierCode!: string;
  @ApiProperty({ enum: RESULT_KINDS }) kind!: string;
  @ApiProperty({ example: '15/QĐ-UBND' }) number!: string;
  @ApiProperty({ example: '2026-11-23' }) documentDate!: string;
  @ApiProperty() signerName!: string;
  @ApiProperty() signerTitle!: string;
  @ApiProperty() decision!: string;
  @ApiProperty({ enum: RESULT_SOURCES }) source!: string;
  @ApiProperty({ description: 'sha256 of the signed PDF, hex' }) sha256!: string;
  @ApiProperty() size!: number;
  @ApiProperty() signedAt!: string;
  @ApiProperty({ description: 'sha256 of the signing certificate (DER), hex' }) certificateSha256!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ description: 'the signed PDF, for those who may read the dossier' }) fileUrl!: string;
}

export const toResultView = (code: string, r: DossierResultEntity): ResultView => ({
  dossierCode: code,
  kind: r.kind,
  number: r.number,
  documentDate: r.documentDate,
  signerName: r.signerName,
  signerTitle: r.signerTitle,
  decision: r.decision,
  source: r.source,
  sha256: r.sha256,
  size: r.size,
  signedAt: toVietnamIso(r.signedAt),
  certificateSha256: r.certificateSha256,
  recordedAt: toVietnamIso(r.recordedAt),
  recordedBy: r.recordedByUsername,
  fileUrl: `/api/v1/dossiers/${encodeURIComponent(code)}/result/file`,
});

/** What the citizen's page shows of the result: no file, no officer's account. */
export interface PublicResult {
  number: string;
  issuedAt: string;
  signer: string;
  downloadable: boolean;
}
