import {
  type DossierContext,
  type EngineResult,
  type Organization,
  type ProcedureDefinition,
  topUnitOf,
  unitsUnder,
} from '@motcua/engine';
import {
  type Authority,
  type AuthUser,
  canActOnStep,
  DEFAULT_DECIDERS,
  hasRole,
  isBuiltinAction,
  mayTakeBuiltin,
} from '@motcua/identity';
import type { DossierEntity } from './dossier.entity';
import type { DossierStatus, HandedDocument } from './dossier.types';

/** Statuses as the national portal numbers them (TrangThaiHoSo). */
export const PORTAL_STATUS: Record<DossierStatus, number> = {
  submitted: 1,
  awaiting_documents: 5,
  accepted: 2,
  in_progress: 4,
  awaiting_supplement: 5,
  result_ready: 9,
  done: 10,
  refused: 3,
  withdrawn: 7,
  stopped: 8,
};

/**
 * The national portal's list has no code of its own for a refusal to resolve after acceptance: that written
 * refusal, with its reasons, is the dossier's result, issued and handed to the citizen when the agency decides,
 * so the portal is told the result was returned (10). Status 3 is a refusal at reception only (docs/portal.md).
 */
export const REFUSED_TO_RESOLVE_PORTAL_STATUS = 10;

const PRE_ACCEPTANCE: readonly (DossierStatus | null)[] = [null, 'submitted', 'awaiting_documents'];

/** Was a refusal made after the dossier had been accepted (`from`: the status it was refused in)? */
export const refusedAfterAcceptance = (status: DossierStatus, from: DossierStatus | null): boolean =>
  status === 'refused' && !PRE_ACCEPTANCE.includes(from);

/** A dossier's or an event's status as the portal numbers it; `from` is the status the change left. */
export function portalStatusOf(status: DossierStatus, from: DossierStatus | null): number {
  return refusedAfterAcceptance(status, from) ? REFUSED_TO_RESOLVE_PORTAL_STATUS : PORTAL_STATUS[status];
}

/** A dossier's portal status: a refused dossier that had been accepted was refused after acceptance. */
export const dossierPortalStatus = (d: Pick<DossierEntity, 'status' | 'acceptedAt'>): number =>
  portalStatusOf(d.status, d.acceptedAt ? 'in_progress' : null);

export function statusOf(result: EngineResult): DossierStatus {
  if (result.phase === 'active') return result.resultReady ? 'result_ready' : 'in_progress';
  return result.phase;
}

const same = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('vi') === b.trim().toLocaleLowerCase('vi');

/** Handed-in names the procedure does not list. */
export const unknownDocuments = (def: ProcedureDefinition, handed: HandedDocument[]): string[] =>
  handed.filter((h) => !def.documents.some((d) => same(d.name, h.name))).map((h) => h.name);

/** Required documents not handed in, or with fewer originals or copies than the procedure asks. */
export const missingDocuments = (def: ProcedureDefinition, handed: HandedDocument[]): string[] =>
  def.documents
    .filter((d) => d.required)
    .filter((d) => {
      const given = handed.filter((h) => same(d.name, h.name));
      const originals = given.reduce((n, h) => n + h.originals, 0);
      const copies = given.reduce((n, h) => n + h.copies, 0);
      return given.length === 0 || originals < d.originals || copies < d.copies;
    })
    .map((d) => d.name);

const PRE_INTAKE_ACTIONS = ['supplement_received', 'refuse', 'withdraw'];
// An online dossier: reception checks what the portal sent, then accepts it (the clock starts), asks the citizen
// for what is missing (the portal hears status 5), or refuses it.
const SUBMITTED_ACTIONS = ['accept', 'request_supplement', 'refuse'];

/** Built-in actions that must say why; a send-back (a file action) must too. */
export const NEEDS_REASON: readonly string[] = ['request_supplement', 'refuse', 'withdraw', 'stop', 'extend'];

/** Did a transition send the dossier back to a step it had been through (the engine counts it)? */
export const isSendBack = (before: DossierContext, after: DossierContext): boolean =>
  after.sendBacks > before.sendBacks;

/** The step's own actions that send the dossier back to a step no later in the file (the engine's send-backs). */
export function sendBackActions(def: ProcedureDefinition, stepId: string | null): string[] {
  const index = def.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return [];
  return def.steps[index].transitions
    .filter((t) => {
      const target = def.steps.findIndex((s) => s.id === t.target);
      return target >= 0 && target <= index;
    })
    .map((t) => t.event);
}

/** Not yet started: only reception of the receiving unit acts on it. */
export const isPreIntake = (dossier: DossierEntity): boolean =>
  dossier.status === 'awaiting_documents' || dossier.status === 'submitted';

const atReceivingDesk = (user: AuthUser, dossier: DossierEntity): boolean =>
  user.unitId === dossier.receivingUnit && hasRole(user, 'reception');

/**
 * The agency competent for a dossier: the procedure's `agency` with the units under it; without one, the body
 * the receiving center belongs to (the People's Committee at the top of its parent chain).
 */
export function authorityOf(
  org: Organization,
  def: Pick<ProcedureDefinition, 'agency' | 'deciders'>,
  receivingUnit: string,
): Authority {
  const agency = def.agency ?? topUnitOf(org, receivingUnit);
  return { units: unitsUnder(org, agency), deciders: def.deciders ?? DEFAULT_DECIDERS };
}

/**
 * May `user` take `action` on `dossier` as far as who they are goes (not whether the state allows it)? Before
 * intake only reception of the receiving unit acts; then each built-in action has its owner (access.md) and a
 * step's own actions belong to the step's owner.
 */
export function mayAct(
  user: AuthUser,
  dossier: DossierEntity,
  action: string,
  authority: Authority,
): boolean {
  if (isPreIntake(dossier)) return atReceivingDesk(user, dossier);
  const step =
    dossier.stepOwnerUnit && dossier.stepOwnerRole
      ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole }
      : null;
  if (isBuiltinAction(action)) {
    return mayTakeBuiltin(user, action, {
      receivingUnit: dossier.receivingUnit,
      step,
      assigneeId: dossier.assigneeId,
      authority,
    });
  }
  return step !== null && canActOnStep(user, step, dossier.assigneeId);
}

/**
 * Is `action` held because the step waits for its consultations (`consultation: wait` in the file) and one is
 * unanswered? Only the step's own actions are; the built-in ones never.
 */
export const heldByConsultation = (
  def: ProcedureDefinition,
  dossier: DossierEntity,
  action: string,
): boolean =>
  !isBuiltinAction(action) &&
  dossier.openConsultations > 0 &&
  def.steps.find((s) => s.id === dossier.step)?.consultation === 'wait';

/** What the state allows, before asking who the user is. */
export function stateActions(dossier: DossierEntity, engineAllowed: () => string[]): string[] {
  if (dossier.status === 'awaiting_documents') return PRE_INTAKE_ACTIONS;
  if (dossier.status === 'submitted') return SUBMITTED_ACTIONS;
  if (dossier.machineState === null) return [];
  return engineAllowed();
}
