import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum NotificationErrorCode {
  NotFound = 'NOTIFICATION_NOT_FOUND',
  InvalidCursor = 'INVALID_CURSOR',
}

const STATUS: Record<NotificationErrorCode, HttpStatus> = {
  [NotificationErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [NotificationErrorCode.InvalidCursor]: HttpStatus.BAD_REQUEST,
};

export class NotificationException extends AppException {
  constructor(code: NotificationErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}
