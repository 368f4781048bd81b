import { HttpStatus } from '@nestjs/common';
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

const STATUS: Record<DocumentErrorCode, HttpStatus> = {
  [DocumentErrorCode.NoFiles]: HttpStatus.BAD_REQUEST,
  [DocumentErrorCode.UnsupportedType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [DocumentErrorCode.FileTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [DocumentErrorCode.DossierFilesTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [DocumentErrorCode.TooManyFiles]: HttpStatus.BAD_REQUEST,
  [DocumentErrorCode.UnknownComponent]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DocumentErrorCode.NotAtDesk]: HttpStatus.FORBIDDEN,
  [DocumentErrorCode.NotStepHolder]: HttpStatus.FORBIDDEN,
  [DocumentErrorCode.DossierClosed]: HttpStatus.CONFLICT,
  [DocumentErrorCode.FileNotFound]: HttpStatus.NOT_FOUND,
  [DocumentErrorCode.NotAComponentFile]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DocumentErrorCode.BadUpload]: HttpStatus.BAD_REQUEST,
};

/** A refused upload, download or check of a dossier's file; messages in Vietnamese, for the person at the desk. */
export class DocumentException extends AppException {
  constructor(code: DocumentErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}
