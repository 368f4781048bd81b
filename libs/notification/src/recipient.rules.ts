import type { Organization, ProcedureDefinition } from '@motcua/engine';

/** An active user who may receive a notification. */
export interface Recipient {
  id: string;
  username: string;
  fullName: string;
  unitId: string;
  roles: string[];
}

/** Active users by unit id, loaded for the units a rule asks about (`unitsFor...`). */
export type UsersByUnit = ReadonlyMap<string, readonly Recipient[]>;

const holding = (users: readonly Recipient[] | undefined, role: string): Recipient[] =>
  (users ?? []).filter((u) => u.roles.includes(role));

/** Level 1: the step's assignee when it has one, else every user of the owner unit holding the owner role. */
export function stepOwners(
  byUnit: UsersByUnit,
  owner: { unit: string; role: string },
  assignee: Recipient | null,
): Recipient[] {
  return assignee ? [assignee] : holding(byUnit.get(owner.unit), owner.role);
}

// Who answers for a unit: its head; a unit without one (leaders' offices, one-stop centers) answers to its
// leader, else its supervisor (the director of a one-stop center).
const ANSWERS_FOR_UNIT = ['head', 'leader', 'supervisor'];

/** Level 2, and the apology reminder: whoever answers for `unit`. */
export function unitHeads(byUnit: UsersByUnit, unit: string): Recipient[] {
  for (const role of ANSWERS_FOR_UNIT) {
    const found = holding(byUnit.get(unit), role);
    if (found.length > 0) return found;
  }
  return [];
}

/** `unit` and its ancestors, nearest first. */
export function unitChain(org: Organization, unit: string): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = unit; id && !chain.includes(id);) {
    chain.push(id);
    id = org.units.find((u) => u.id === id)?.parent;
  }
  return chain;
}

/**
 * Level 3: the supervisors of the center that received the dossier: those of the receiving unit (in org.yaml
 * the one-stop center, where the director sits), else of its nearest ancestor that has any.
 */
export function centerSupervisors(
  byUnit: UsersByUnit,
  org: Organization,
  receivingUnit: string,
): Recipient[] {
  for (const unit of unitChain(org, receivingUnit)) {
    const found = holding(byUnit.get(unit), 'supervisor');
    if (found.length > 0) return found;
  }
  return [];
}

/** The units whose `leader` steps sign the procedure's result: their leaders answer for the appointment. */
export const leaderUnits = (definition: ProcedureDefinition): string[] => [
  ...new Set(definition.steps.filter((s) => s.owner.role === 'leader').map((s) => s.owner.unit)),
];

/** The apology reminder: whoever answers for the current step's unit, and the leaders who sign the result. */
export function apologyRecipients(
  byUnit: UsersByUnit,
  stepUnit: string,
  definition: ProcedureDefinition,
): Recipient[] {
  return unique([
    ...unitHeads(byUnit, stepUnit),
    ...leaderUnits(definition).flatMap((u) => holding(byUnit.get(u), 'leader')),
  ]);
}

export const unique = (users: Recipient[]): Recipient[] => [...new Map(users.map((u) => [u.id, u])).values()];
