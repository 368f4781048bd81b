import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { NotificationEntity } from './notification.entity';
import {
  ESCALATION_LEVELS,
  type EscalationLevel,
  FLAG_NAMES,
  type FlagName,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from './notification.types';

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: NOTIFICATION_KINDS,
    description:
      'flag: a deadline flag; apology: form 04 is due; calendar: a calendar change moved due instants',
  })
  kind!: NotificationKind;
  @ApiProperty({ enum: FLAG_NAMES, nullable: true, type: String }) flag!: FlagName | null;
  @ApiProperty({
    enum: ESCALATION_LEVELS,
    nullable: true,
    type: Number,
    description: '1 step owner, 2 unit head, 3 center supervisor',
  })
  level!: EscalationLevel | null;
  @ApiProperty({ example: '000.01.52.H38-261123-0001' }) dossierCode!: string;
  @ApiProperty({ example: 'Hồ sơ 000.01.52.H38-261123-0001 quá hạn bước Thẩm định' }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ example: '2026-11-23T13:31:00+07:00' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) readAt!: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationView] }) items!: NotificationView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ReadAllView {
  @ApiProperty({ description: 'notifications marked read now' }) updated!: number;
}

export const toNotificationView = (n: NotificationEntity): NotificationView => ({
  id: n.id,
  kind: n.kind,
  flag: n.flag,
  level: n.level,
  dossierCode: n.dossierCode,
  title: n.title,
  body: n.body,
  createdAt: toVietnamIso(n.createdAt),
  readAt: n.readAt ? toVietnamIso(n.readAt) : null,
});
