import { AppException, ERROR_CATALOG } from '@motcua/common';

export enum SimulationErrorCode {
  InvalidDraft = 'INVALID_DRAFT_PROCEDURE',
  NotSimulable = 'DRAFT_NOT_SIMULABLE',
  UnknownStep = 'UNKNOWN_SIMULATION_STEP',
  UnknownProcedure = 'UNKNOWN_PROCEDURE',
  UnknownUnit = 'UNKNOWN_UNIT',
  BadPeriod = 'BAD_PERIOD',
  Forbidden = 'FORBIDDEN',
  CalendarYearNotCovered = 'CALENDAR_YEAR_NOT_COVERED',
}

/** A refused simulation, with the catalog's Vietnamese message: its reader is an ISO committee. */
export class SimulationException extends AppException<SimulationErrorCode> {
  constructor(code: SimulationErrorCode, details?: Record<string, unknown>) {
    super(code, ERROR_CATALOG[code].vi, details);
  }
}
