export * from './engine.types';
export * from './engine-registry';
export { limitMinutes, formatLimit, WORKING_DAYS_PER_MONTH } from './time-limit-units';
export * from './org.types';
export { parseOrg, DEFAULT_CUTOFF } from './org-parser';
export { agencyIdOf, findUnit, topUnitOf } from './org-lookup';
export { centerUnitsOf, unitsUnder } from './org-scope';
export * from './procedure.types';
export { parseProcedure } from './procedure-parser';
export { loadProcedures, type ProcedureFile } from './procedure-loader';
export type { ValidationContext } from './procedure-validator';
export { DEFAULT_MAX_SUPPLEMENT_REQUESTS, DEFAULT_DEADLINE_POLICY } from './procedure-normalizer';
export { longestPath } from './procedure-graph';
export { compileProcedure, type CompiledProcedure } from './procedure-compiler';
export {
  startDossier,
  applyEvent,
  allowedEvents,
  restoreState,
  applyEventTo,
  allowedInBranch,
  locate,
  DOSSIER_WIDE,
  type RestoredState,
} from './procedure-runtime';
export { toMermaid } from './procedure-diagram';
export * from './supplement-wait';
