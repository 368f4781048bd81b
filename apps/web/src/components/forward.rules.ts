import type { DossierListItem, ProcedureStep } from '../api/api.types';
import { NEEDS_REASON } from '../labels';

/**
 * Actions never taken on many dossiers at once: each asks for something of its own dossier (a reason, the missing
 * items, a new appointment, who collects the result) or undoes work (a send-back).
 */
const ONE_BY_ONE = new Set([
  ...NEEDS_REASON,
  'send_back',
  'hand_over',
  'accept',
  'supplement_received',
  'request_documents',
]);

/**
 * The actions every selected dossier allows and that need nothing more than a click: a forward, a submission, an
 * approval. None for a dossier in a fork (its actions belong to its branches) or for an empty selection.
 */
export function bulkActions(items: DossierListItem[]): string[] {
  if (items.length === 0 || items.some((d) => (d.branches ?? []).length > 0)) return [];
  const [first, ...rest] = items;
  return first.allowedActions.filter(
    (action) =>
      !ONE_BY_ONE.has(action) &&
      items.every((d) => !(d.reasonActions ?? []).includes(action)) &&
      rest.every((d) => d.allowedActions.includes(action)),
  );
}

/** The procedure's first step when the desk holds it (reception's own step), else null. */
export function deskFirstStep(steps: ProcedureStep[]): ProcedureStep | null {
  const first = steps[0];
  return first && first.owner.role === 'reception' && !first.fork ? first : null;
}

/** Reception's own steps waiting for a forward: running, held by the desk, with a forward to take. */
export function awaitingForward(items: DossierListItem[]): DossierListItem[] {
  return items.filter(
    (d) => d.status === 'in_progress' && d.step?.owner.role === 'reception' && bulkActions([d]).length > 0,
  );
}

export interface BulkOutcome {
  code: string;
  /** Why the action failed for this dossier; none when it succeeded. */
  error?: string;
}

/** What a bulk action did, in a sentence: how many succeeded, and which failed. */
export function bulkSummary(outcomes: BulkOutcome[], actionText: string): string {
  const done = outcomes.filter((o) => !o.error).length;
  const failed = outcomes.filter((o) => o.error);
  const head = `${actionText}: ${done}/${outcomes.length} hồ sơ thành công.`;
  return failed.length === 0
    ? head
    : `${head} Không thực hiện được: ${failed.map((o) => `${o.code} (${o.error})`).join('; ')}.`;
}
