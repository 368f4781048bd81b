import { AppException } from '@motcua/common';

export enum NotificationErrorCode {
  NotFound = 'NOTIFICATION_NOT_FOUND',
  InvalidCursor = 'INVALID_CURSOR',
}

export class NotificationException extends AppException<NotificationErrorCode> {}
