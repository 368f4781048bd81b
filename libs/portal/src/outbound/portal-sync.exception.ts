import { AppException } from '@motcua/common';

export enum PortalSyncErrorCode {
  NotParked = 'SYNC_MESSAGE_NOT_PARKED',
}

export class PortalSyncException extends AppException<PortalSyncErrorCode> {}
