import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum PortalSyncErrorCode {
  NotParked = 'SYNC_MESSAGE_NOT_PARKED',
}

const STATUS: Record<PortalSyncErrorCode, HttpStatus> = {
  [PortalSyncErrorCode.NotParked]: HttpStatus.NOT_FOUND,
};

export class PortalSyncException extends AppException {
  constructor(code: PortalSyncErrorCode, message: string) {
    super(code, message, STATUS[code]);
  }
}
