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

export class PortalException extends AppException<PortalErrorCode> {}
