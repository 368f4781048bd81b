import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum CatalogErrorCode {
  ProcedureNotFound = 'PROCEDURE_NOT_FOUND',
  CalendarYearNotCovered = 'CALENDAR_YEAR_NOT_COVERED',
}

const STATUS: Record<CatalogErrorCode, HttpStatus> = {
  [CatalogErrorCode.ProcedureNotFound]: HttpStatus.NOT_FOUND,
  [CatalogErrorCode.CalendarYearNotCovered]: HttpStatus.NOT_FOUND,
};

export class CatalogException extends AppException {
  constructor(code: CatalogErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}

/** The workflow files cannot run: the service refuses to start, naming every problem as `file:line: message`. */
export class InvalidCatalogError extends Error {}

/** Files that changed what a (code, version) already recorded says, without a new version. */
export class ProcedureContentChangedError extends InvalidCatalogError {
  constructor(readonly problems: string[]) {
    super(`invalid workflow files:\n${problems.join('\n')}`);
  }
}
