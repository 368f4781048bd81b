import { AppException } from '@motcua/common';

export enum CatalogErrorCode {
  UnknownProcedure = 'UNKNOWN_PROCEDURE',
  CalendarYearNotCovered = 'CALENDAR_YEAR_NOT_COVERED',
}

export class CatalogException extends AppException<CatalogErrorCode> {}

/** The workflow files cannot run: the service refuses to start, naming every problem as `file:line: message`. */
export class InvalidCatalogError extends Error {}

/** Files that changed what a (code, version) already recorded says, without a new version. */
export class ProcedureContentChangedError extends InvalidCatalogError {
  constructor(readonly problems: string[]) {
    super(`invalid workflow files:\n${problems.join('\n')}`);
  }
}
