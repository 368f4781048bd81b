import { AppException } from '@motcua/common';

export enum DocumentErrorCode {
  NoFiles = 'NO_FILES',
  UnsupportedType = 'UNSUPPORTED_FILE_TYPE',
  FileTooLarge = 'FILE_TOO_LARGE',
  DossierFilesTooLarge = 'DOSSIER_FILES_TOO_LARGE',
  TooManyFiles = 'TOO_MANY_FILES',
  UnknownComponent = 'UNKNOWN_COMPONENT',
  NotAtDesk = 'NOT_AT_RECEPTION_DESK',
  NotStepHolder = 'NOT_STEP_HOLDER',
  DossierClosed = 'DOSSIER_CLOSED',
  FileNotFound = 'FILE_NOT_FOUND',
  NotAComponentFile = 'NOT_A_COMPONENT_FILE',
  BadUpload = 'BAD_UPLOAD',
}

/** A refused upload, download or check of a dossier's file; messages in Vietnamese, for the person at the desk. */
export class DocumentException extends AppException<DocumentErrorCode> {}
