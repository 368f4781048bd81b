import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum PortalErrorCode {
  UnknownClient = 'PORTAL_UNKNOWN_CLIENT',
  BadSignature = 'PORTAL_BAD_SIGNATURE',
  StaleTimestamp = 'PORTAL_STALE_TIMESTAMP',
  ReplayedNonce = 'PORTAL_REPLAYED_NONCE',
  UnknownUnit = 'UNKNOWN_UNIT',
  NoReceptionDesk = 'NO_RECEPTION_DESK',
  DossierConflict = 'PORTAL_DOSSIER_CONFLICT',
  DocumentTooLarge = 'DOCUMENT_TOO_LARGE',
  UnknownDossier = 'PORTAL_UNKNOWN_DOSSIER',
  SupplementNotAwaited = 'SUPPLEMENT_NOT_AWAITED',
  TransactionConflict = 'PAYMENT_TRANSACTION_CONFLICT',
}

const STATUS: Record<PortalErrorCode, HttpStatus> = {
  [PortalErrorCode.UnknownClient]: HttpStatus.UNAUTHORIZED,
  [PortalErrorCode.BadSignature]: HttpStatus.UNAUTHORIZED,
  [PortalErrorCode.StaleTimestamp]: HttpStatus.UNAUTHORIZED,
  [PortalErrorCode.ReplayedNonce]: HttpStatus.UNAUTHORIZED,
  [PortalErrorCode.UnknownUnit]: HttpStatus.UNPROCESSABLE_ENTITY,
  [PortalErrorCode.NoReceptionDesk]: HttpStatus.UNPROCESSABLE_ENTITY,
  [PortalErrorCode.DossierConflict]: HttpStatus.CONFLICT,
  [PortalErrorCode.DocumentTooLarge]: HttpStatus.UNPROCESSABLE_ENTITY,
  [PortalErrorCode.UnknownDossier]: HttpStatus.NOT_FOUND,
  [PortalErrorCode.SupplementNotAwaited]: HttpStatus.CONFLICT,
  [PortalErrorCode.TransactionConflict]: HttpStatus.CONFLICT,
};

export class PortalException extends AppException {
  constructor(code: PortalErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}
