import type { ControlSheetRow, DossierView, ProcedureStep, SessionUser } from './api/api.types';

/** The result's steps: the `result: true` step and the steps whose action enters it (the api's resultStepsOf). */
export function resultSteps(steps: ProcedureStep[]): string[] {
  const results = new Set(steps.filter((s) => s.result).map((s) => s.id));
  return steps
    .filter((s) => results.has(s.id) || s.transitions.some((t) => results.has(t.target)))
    .map((s) => s.id);
}

/**
 * Which result form the console offers this user (the api decides; this only avoids offering a form that will be
 * refused): a result at a result step of a running dossier the user may act on; the written refusal of a dossier
 * refused after acceptance, to the unit and role that refused (or its head).
 */
export function resultFormFor(
  d: DossierView,
  steps: ProcedureStep[],
  history: ControlSheetRow[],
  user: SessionUser,
): 'result' | 'refusal' | null {
  if (d.status === 'in_progress' || d.status === 'result_ready')
    return d.step && resultSteps(steps).includes(d.step.id) && d.allowedActions.length > 0 ? 'result' : null;
  if (d.status !== 'refused' || d.portalStatus !== 10) return null;
  const refusal = [...history].reverse().find((r) => r.action === 'refuse')?.actor;
  if (!refusal || refusal.unit !== user.unit) return null;
  return user.roles.some((r) => r === refusal.role || r === 'head') ? 'refusal' : null;
}
