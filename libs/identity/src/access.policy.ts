export const ROLES = ['reception', 'officer', 'head', 'leader', 'supervisor', 'admin', 'portal'] as const;
export type Role = (typeof ROLES)[number];

export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  title: string;
  unitId: string;
  roles: Role[];
}

export interface StepOwner {
  unit: string;
  role: string;
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const hasRole = (user: AuthUser, role: string): boolean => user.roles.some((r) => r === role);

const isHeadOf = (user: AuthUser, unit: string): boolean => user.unitId === unit && hasRole(user, 'head');

/**
 * May `user` act on a step owned by `owner`, given the step's current assignee (user id or null)?
 * Unit and role must match, and when the step is assigned only the assignee may act; a head of the owner
 * unit answers for all of its steps, assigned or not.
 */
export function canActOnStep(user: AuthUser, owner: StepOwner, assigneeId: string | null): boolean {
  if (isHeadOf(user, owner.unit)) return true;
  if (user.unitId !== owner.unit || !hasRole(user, owner.role)) return false;
  return assigneeId === null || assigneeId === user.id;
}

/**
 * May `user` read a dossier whose procedure routes through `routeUnits` and that was received by
 * `receivingUnit`? supervisor and admin read everything of the center; others only when their unit is the
 * receiving unit or on the route.
 */
export function canReadDossier(
  user: AuthUser,
  routeUnits: readonly string[],
  receivingUnit: string,
): boolean {
  if (hasRole(user, 'supervisor') || hasRole(user, 'admin')) return true;
  return user.unitId === receivingUnit || routeUnits.includes(user.unitId);
}

/** May `user` reassign a step owned by `owner`? Only a head of the owner unit. */
export function canReassign(user: AuthUser, owner: StepOwner): boolean {
  return isHeadOf(user, owner.unit);
}

/**
 * Is `target` an eligible assignee of a step owned by `owner`: active, in the owner unit, holding the owner
 * role? An AuthUser is active by construction; pass `active` when the user comes from elsewhere.
 */
export function isEligibleAssignee(target: AuthUser & { active?: boolean }, owner: StepOwner): boolean {
  return target.active !== false && target.unitId === owner.unit && hasRole(target, owner.role);
}
