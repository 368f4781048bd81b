import type { ProcedureDefinition } from '@motcua/engine';
import { stepFigures } from './step-figure.rules';
import type { StepFigure } from './step-figure.types';
import type { OfficerSqlRow } from './step-rows.types';

/** The steps of a unit one of its officers handed over in the period. */
export interface OfficerFigures {
  username: string;
  name: string;
  steps: StepFigure[];
}

/**
 * Pure: per officer (the actor of each hand-over), the figures of the steps of `unit` they handed over, officers in
 * the order of their names. Late dossiers are attributed to steps, not to people: they are 0 here.
 */
export function officerFigures(
  rows: OfficerSqlRow[],
  definitions: ReadonlyMap<string, ProcedureDefinition>,
  unit: string,
): OfficerFigures[] {
  const byOfficer = new Map<string, OfficerSqlRow[]>();
  for (const r of rows) byOfficer.set(r.username, [...(byOfficer.get(r.username) ?? []), r]);
  return [...byOfficer]
    .map(([username, own]) => ({
      username,
      name: own.find((r) => r.name)?.name ?? username,
      steps: stepFigures({ steps: own, late: [] }, definitions, [unit]),
    }))
    .filter((o) => o.steps.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.username.localeCompare(b.username));
}
