import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { PortalSyncMessageEntity } from './portal-sync-message.entity';

export class ParkedMessageView {
  @ApiProperty({ format: 'uuid', description: 'the message id (X-Message-Id)' }) id!: string;
  @ApiProperty() dossierCode!: string;
  @ApiProperty({ description: 'order of the message among its dossier’s' }) seq!: number;
  @ApiProperty({ description: 'TrangThaiHoSo it carries' }) portalStatus!: number;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
}

export const toParkedView = (m: PortalSyncMessageEntity): ParkedMessageView => ({
  id: m.id,
  dossierCode: m.payload.MaHoSo,
  seq: m.seq,
  portalStatus: m.payload.TrangThaiHoSo,
  attempts: m.attempts,
  lastError: m.lastError,
  createdAt: toVietnamIso(m.createdAt),
});
