import { AppException } from '@motcua/common';

export type SimulationErrorCode =
  | 'INVALID_DRAFT_PROCEDURE'
  | 'DRAFT_NOT_SIMULABLE'
  | 'UNKNOWN_SIMULATION_STEP'
  | 'UNKNOWN_PROCEDURE'
  | 'UNKNOWN_UNIT'
  | 'BAD_PERIOD'
  | 'FORBIDDEN';

export class SimulationException extends AppException<SimulationErrorCode> {}
