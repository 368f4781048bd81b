import type { DossierOutcome } from '../../../apps/demo/src/dossier-runner.service';

/** What the run asked of one dossier, to be found in PostgreSQL once everything has settled. */
export interface Expectation {
  code: string;
  /** The status the driver last saw after its last action; `started` for a dossier only received. */
  status: string;
  /** The officers' actions in order, as the driver made them; null for a dossier only received. */
  actions: string[] | null;
}

export const STARTED = 'started';

/** The expectations of walked dossiers; the driver's own failures are returned apart. */
export function fromOutcomes(outcomes: DossierOutcome[]): { expected: Expectation[]; failed: string[] } {
  const failed = outcomes
    .filter((o) => o.error || !o.code)
    .map((o) => `#${o.plan.index} ${o.plan.procedureCode} ${o.code ?? ''}: ${o.error ?? 'not received'}`);
  const expected = outcomes
    .filter((o) => !o.error && o.code)
    .map((o) => ({ code: o.code!, status: o.status!, actions: o.actions }));
  return { expected, failed };
}
