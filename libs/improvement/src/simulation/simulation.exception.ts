import { AppException, ERROR_CATALOG } from '@motcua/common';

export type SimulationErrorCode =
  | 'INVALID_DRAFT_PROCEDURE'
  | 'DRAFT_NOT_SIMULABLE'
  | 'UNKNOWN_SIMULATION_STEP'
  | 'UNKNOWN_PROCEDURE'
  | 'UNKNOWN_UNIT'
  | 'BAD_PERIOD'
  | 'FORBIDDEN';

/** A refused simulation, with the catalog's Vietnamese message: its reader is an ISO committee. */
export class SimulationException extends AppException<SimulationErrorCode> {
  constructor(code: SimulationErrorCode, details?: Record<string, unknown>) {
    super(code, ERROR_CATALOG[code].vi, details);
  }
}
