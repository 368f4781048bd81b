import { centerUnitsOf, type Organization, unitsUnder } from '@motcua/engine';

export const ROLES = [
  'reception',
  'officer',
  'head',
  'leader',
  'supervisor',
  'iso',
  'admin',
  'portal',
] as const;
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

/** Roles that work on dossiers inside their own unit. */
export const STAFF_ROLES: readonly Role[] = ['reception', 'officer', 'head', 'leader'];

const isStaff = (user: AuthUser): boolean => user.roles.some((r) => STAFF_ROLES.includes(r));

/**
 * The units whose dossiers `user` reads, or null for all (admin). Staff read for their own unit; a supervisor for
 * every unit of their center's tree (`centerUnitsOf`); a system account (portal) for none.
 */
export function readScope(user: AuthUser, org: Organization): string[] | null {
  if (hasRole(user, 'admin')) return null;
  const units = new Set<string>(isStaff(user) ? [user.unitId] : []);
  if (hasRole(user, 'supervisor')) for (const u of centerUnitsOf(org, user.unitId)) units.add(u);
  return [...units];
}

/** Where a dossier has been: its receiving unit and every unit owning a step it entered. */
export interface DossierReach {
  receivingUnit: string;
  reachedUnits: readonly string[];
  /**
   * The competent agency's units (the procedure's `agency` and the units under it) once the dossier has been
   * accepted; absent or null before.
   */
  agencyUnits?: readonly string[] | null;
}

const reached = (d: DossierReach): string[] => [d.receivingUnit, ...d.reachedUnits];

/**
 * May `user` read the dossier? Admin: any. Otherwise only once it has reached a unit of the user's scope: the
 * receiving unit from reception on, a unit on the route from the moment a step of it is entered (a unit further
 * down the route reads nothing before), a supervisor when it reached a unit of their center; and a leader of the
 * competent agency once it has been accepted.
 */
export function canReadDossier(user: AuthUser, org: Organization, dossier: DossierReach): boolean {
  const scope = readScope(user, org);
  return scope === null || reached(dossier).some((u) => scope.includes(u)) || leadsTheAgency(user, dossier);
}

/**
 * A leader of the competent agency answers for an accepted dossier from acceptance on (they may extend, refuse or
 * stop it, e.g. while an outside unit verifies), so they read it before it reaches the leaders' unit.
 */
const leadsTheAgency = (user: AuthUser, dossier: DossierReach): boolean =>
  hasRole(user, 'leader') && (dossier.agencyUnits ?? []).includes(user.unitId);

/** What a procedure says about who decides and who only verifies. */
export interface ProcedureRoute {
  agency?: string;
  steps: ReadonlyArray<{ owner: StepOwner }>;
}

/**
 * Units that only verify for the procedure: they own steps of it, none of them a reception step, and they stand
 * outside the competent agency's tree (the police asked to verify for a commune's civil-status office). Without an
 * agency in the procedure file no unit is taken to be outside it.
 */
export function verifyingUnits(procedure: ProcedureRoute, org: Organization): string[] {
  if (!procedure.agency) return [];
  const agency = new Set(unitsUnder(org, procedure.agency));
  const owners = [...new Set(procedure.steps.map((s) => s.owner.unit))].filter((unit) => unit !== '');
  return owners.filter(
    (unit) =>
      !agency.has(unit) &&
      !procedure.steps.some((s) => s.owner.unit === unit && s.owner.role === 'reception'),
  );
}

/** `full`: every applicant field; `verification`: only those a verifying unit needs (VERIFICATION_FIELDS). */
export type PersonalDataAccess = 'full' | 'verification';

/** What a verifying unit needs to identify the person and check their residence; not how to contact them. */
export const VERIFICATION_FIELDS = ['fullName', 'idNumber', 'address'] as const;

/**
 * How much of the applicant a reader of the dossier sees: everything, unless their only reason to read it is that
 * their unit verifies for the procedure. Call only for a user who may read the dossier.
 */
export function personalDataAccess(
  user: AuthUser,
  org: Organization,
  dossier: DossierReach,
  procedure: ProcedureRoute,
): PersonalDataAccess {
  if (hasRole(user, 'admin')) return 'full';
  if (
    hasRole(user, 'supervisor') &&
    reached(dossier).some((u) => centerUnitsOf(org, user.unitId).includes(u))
  )
    return 'full';
  if (isStaff(user) && user.unitId === dossier.receivingUnit) return 'full';
  return isStaff(user) && !verifyingUnits(procedure, org).includes(user.unitId) ? 'full' : 'verification';
}

/** What a view of a dossier shows of the applicant: `name` in a work queue, which shows who, not more. */
export type ApplicantShown = PersonalDataAccess | 'name';

const SHOWN_FIELDS: Record<Exclude<ApplicantShown, 'full'>, readonly string[]> = {
  verification: VERIFICATION_FIELDS,
  name: ['fullName'],
};

/** The applicant as `shown`: all of it, the verification fields, or the name only (the name always). */
export function applicantFor<T extends { fullName: string }>(
  applicant: T,
  shown: ApplicantShown,
): Partial<T> & Pick<T, 'fullName'> {
  if (shown === 'full') return { ...applicant };
  return Object.fromEntries(
    Object.entries(applicant).filter(([k]) => SHOWN_FIELDS[shown].includes(k)),
  ) as Partial<T> & Pick<T, 'fullName'>;
}

/**
 * May `user` list the staff of `unit` (usernames, names, titles, roles)? Those who need it: a head of that unit
 * (to reassign its steps), a supervisor whose center holds the unit, an admin.
 */
export function canListUnitUsers(user: AuthUser, org: Organization, unit: string): boolean {
  if (hasRole(user, 'admin')) return true;
  if (hasRole(user, 'supervisor') && centerUnitsOf(org, user.unitId).includes(unit)) return true;
  return isHeadOf(user, unit);
}

/** May `user` read the tracking book (form 07) of `unit`? Its own staff, a supervisor of its center, an admin. */
export function canReadUnitBook(user: AuthUser, org: Organization, unit: string): boolean {
  const scope = readScope(user, org);
  return scope === null || scope.includes(unit);
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

/** What a reader of the improvement figures (step analytics, simulations, the ISO review pack) may see. */
export interface ImprovementScope {
  /** The units whose steps and dossiers count, or null for all (admin). */
  units: string[] | null;
  /** May the figures be broken down per officer? Only a head, for the officers of their own unit. */
  perOfficer: boolean;
}

/**
 * The improvement figures are the ISO steering committee's: an ISO officer (`iso`) and a supervisor read them
 * for their center's units (`centerUnitsOf`), a leader for their unit and the units under it, a head for their
 * unit (and, alone, per officer), an admin for all. Anyone else (reception, officers, the portal) reads none:
 * null. The figures hold no citizen's data.
 */
export function improvementScope(user: AuthUser, org: Organization): ImprovementScope | null {
  if (hasRole(user, 'admin')) return { units: null, perOfficer: false };
  const units = new Set<string>();
  if (hasRole(user, 'supervisor') || hasRole(user, 'iso'))
    for (const u of centerUnitsOf(org, user.unitId)) units.add(u);
  if (hasRole(user, 'leader')) for (const u of unitsUnder(org, user.unitId)) units.add(u);
  if (hasRole(user, 'head')) units.add(user.unitId);
  if (units.size === 0) return null;
  return { units: [...units], perOfficer: hasRole(user, 'head') };
}
