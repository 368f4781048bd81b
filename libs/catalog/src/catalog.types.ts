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

/** When a version takes effect for new dossiers: its `effectiveFrom`, else as soon as it is loaded. */
export const effectiveAt = (definition: Pick<ProcedureDefinition, 'effectiveFrom'>): number =>
  definition.effectiveFrom ? Date.parse(definition.effectiveFrom) : -Infinity;

/**
 * A version of a procedure code: the given one; else, with `at`, the highest in effect at that instant (what a
 * dossier received then starts on); else the newest.
 */
export function findProcedure(
  catalog: Catalog,
  code: string,
  version?: number,
  at?: Date,
): CatalogProcedure | undefined {
  const matching = catalog.procedures
    .filter((p) => p.definition.code === code && (version === undefined || p.definition.version === version))
    .filter((p) => version !== undefined || at === undefined || effectiveAt(p.definition) <= at.getTime())
    .sort((a, b) => b.definition.version - a.definition.version);
  return matching[0];
}
