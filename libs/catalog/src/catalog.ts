import type { WorkingCalendar } from '@motcua/calendar';
import type { CompiledProcedure, EngineRegistry, Organization, ProcedureDefinition } from '@motcua/engine';

export interface CatalogFile {
  file: string;
  text: string;
}

/** Everything loaded from the workflows directory: validated, compiled, ready to run. */
export interface Catalog {
  org: Organization;
  calendar: WorkingCalendar;
  registry: EngineRegistry;
  procedures: CatalogProcedure[];
}

export interface CatalogProcedure {
  definition: ProcedureDefinition;
  compiled: CompiledProcedure;
  source: CatalogFile;
}

/** The newest version of a procedure code, or a given version of it. */
export function findProcedure(
  catalog: Catalog,
  code: string,
  version?: number,
): CatalogProcedure | undefined {
  const matching = catalog.procedures
    .filter((p) => p.definition.code === code && (version === undefined || p.definition.version === version))
    .sort((a, b) => b.definition.version - a.definition.version);
  return matching[0];
}
