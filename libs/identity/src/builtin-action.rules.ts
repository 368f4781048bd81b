import { type AuthUser, canActOnStep, hasRole, type StepOwner } from './access.rules';

/** The agency competent to resolve a procedure: it decides; a unit outside it only does its own step. */
export interface Authority {
  /** The procedure's agency unit and every unit under it in org.yaml. */
  units: readonly string[];
  /** Its roles that may refuse to resolve or stop (the procedure's `deciders`, by default head and leader). */
  deciders: readonly string[];
}

export const DEFAULT_DECIDERS: readonly string[] = ['head', 'leader'];

/** Where a started dossier stands, as far as who may take a built-in action on it goes. */
export interface BuiltinActionContext {
  receivingUnit: string;
  /** The owner of the current step; null once no step holds the dossier. */
  step: StepOwner | null;
  assigneeId: string | null;
  authority: Authority;
}

export const BUILTIN_ACTIONS = [
  'withdraw',
  'supplement_received',
  'request_supplement',
  'refuse',
  'stop',
  'extend',
] as const;
export type BuiltinAction = (typeof BUILTIN_ACTIONS)[number];

export const isBuiltinAction = (action: string): action is BuiltinAction =>
  (BUILTIN_ACTIONS as readonly string[]).includes(action);

const atReceivingDesk = (user: AuthUser, c: BuiltinActionContext): boolean =>
  user.unitId === c.receivingUnit && hasRole(user, 'reception');

const inAgency = (unit: string, c: BuiltinActionContext): boolean => c.authority.units.includes(unit);

const decides = (user: AuthUser, c: BuiltinActionContext): boolean =>
  inAgency(user.unitId, c) && c.authority.deciders.some((role) => hasRole(user, role));

// Reception, or the officer appraising the dossier for the competent agency (or that officer's head).
const asksForSupplement = (user: AuthUser, c: BuiltinActionContext): boolean =>
  atReceivingDesk(user, c) ||
  (c.step !== null &&
    inAgency(c.step.unit, c) &&
    (hasRole(user, 'officer') || hasRole(user, 'head')) &&
    canActOnStep(user, c.step, c.assigneeId));

const OWNERS: Record<BuiltinAction, (user: AuthUser, c: BuiltinActionContext) => boolean> = {
  // The citizen's request, recorded at the desk that received the dossier (from the portal: status 7).
  withdraw: atReceivingDesk,
  request_supplement: asksForSupplement,
  supplement_received: asksForSupplement,
  refuse: decides,
  stop: decides,
  // The head of the unit holding the step when it belongs to the agency, or a leader of the agency.
  extend: (user, c) =>
    (c.step !== null && inAgency(c.step.unit, c) && user.unitId === c.step.unit && hasRole(user, 'head')) ||
    (inAgency(user.unitId, c) && hasRole(user, 'leader')),
};

/**
 * May `user` take built-in `action` on a started dossier? A unit that only verifies (outside the competent
 * agency, e.g. the police in a judicial-record procedure) does its own step and nothing else.
 */
export function mayTakeBuiltin(
  user: AuthUser,
  action: BuiltinAction,
  context: BuiltinActionContext,
): boolean {
  return OWNERS[action](user, context);
}

const TRANSFER_ROLES: readonly string[] = ['reception', 'officer', 'head'];

/**
 * May `user` send a started dossier to another agency's procedure (the receiving body is not the competent one)?
 * Reception of the receiving unit; or whoever holds the current step as reception, officer or head, when the step
 * is a reception step or belongs to the competent agency (a unit that only verifies does not transfer).
 */
export function mayTransfer(user: AuthUser, c: BuiltinActionContext): boolean {
  if (atReceivingDesk(user, c)) return true;
  const { step } = c;
  return (
    step !== null &&
    (step.role === 'reception' || inAgency(step.unit, c)) &&
    TRANSFER_ROLES.some((role) => hasRole(user, role)) &&
    canActOnStep(user, step, c.assigneeId)
  );
}

/** A consulted unit, and the role in it that answers (null: its officers and its head). */
export interface ConsultedParty {
  unit: string;
  role: string | null;
}

/** May `user` answer an opinion asked of `consulted`? Only its officers or its head (or the role asked). */
export function mayAnswerConsultation(user: AuthUser, consulted: ConsultedParty): boolean {
  if (user.unitId !== consulted.unit) return false;
  if (hasRole(user, 'head')) return true;
  return consulted.role ? hasRole(user, consulted.role) : hasRole(user, 'officer');
}
