import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import {
  ACCEPTED_TYPES,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DossierDocument,
  type UploadLimits,
} from './document.types';

export class DocumentView {
  @ApiProperty() id!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the procedure document it stands for; null: working document',
  })
  component!: string | null;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind!: DocumentKind;
  @ApiProperty() fileName!: string;
  @ApiProperty({ description: 'sniffed from the content' }) mimeType!: string;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the step it was attached at' }) step!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) attachedBy!: string | null;
  @ApiProperty() attachedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: "reception's check (digitisation)" })
  checkedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) checkedBy!: string | null;
}

export class ComponentView {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'required by the procedure' }) required!: boolean;
  @ApiProperty({ description: 'handed in (listed on the receipt)' }) handed!: boolean;
  @ApiProperty({ description: 'a file of it is attached and checked' }) digitised!: boolean;
  @ApiProperty({ type: [DocumentView] }) files!: DocumentView[];
}

export class UploadLimitsView {
  @ApiProperty() maxFileBytes!: number;
  @ApiProperty() maxDossierBytes!: number;
  @ApiProperty() maxFiles!: number;
  @ApiProperty({ type: [String] }) acceptedTypes!: string[];
}

export class DossierDocumentsView {
  @ApiProperty() code!: string;
  @ApiProperty({ type: [ComponentView] }) components!: ComponentView[];
  @ApiProperty({ type: [DocumentView] }) working!: DocumentView[];
  @ApiProperty({ description: 'every component handed in is digitised' }) digitised!: boolean;
  @ApiProperty() totalBytes!: number;
  @ApiProperty({ type: UploadLimitsView }) limits!: UploadLimitsView;
}

const iso = (d: Date | null): string | null => (d ? toVietnamIso(d) : null);

export const toDocumentView = (d: DossierDocument): DocumentView => ({
  id: d.id,
  component: d.component,
  kind: d.kind,
  fileName: d.fileName,
  mimeType: d.mimeType,
  size: d.size,
  sha256: d.sha256,
  step: d.step,
  attachedBy: d.attachedByUsername,
  attachedAt: iso(d.attachedAt)!,
  checkedAt: iso(d.checkedAt),
  checkedBy: d.checkedByUsername,
});

export const toLimitsView = (limits: UploadLimits): UploadLimitsView => ({
  ...limits,
  acceptedTypes: [...ACCEPTED_TYPES],
});
