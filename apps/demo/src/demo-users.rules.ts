import type { SessionUser } from './api.types';

export interface DemoUser extends SessionUser {
  token: string;
}

const rotate = <T>(items: T[], by: number): T[] =>
  items.length === 0 ? items : [...items.slice(by % items.length), ...items.slice(0, by % items.length)];

const byName = (a: DemoUser, b: DemoUser): number => a.username.localeCompare(b.username);

const unique = (users: DemoUser[]): DemoUser[] =>
  users.filter((u, i) => users.findIndex((v) => v.username === u.username) === i);

const assigneeName = (assignee: string | { username: string } | null | undefined): string | undefined =>
  typeof assignee === 'string' ? assignee : (assignee?.username ?? undefined);

/**
 * Who may act on a step, best first: its assignee, then the holders of the owner unit and role (taking turns by
 * `turn`, so the work spreads over colleagues), then the heads of that unit, then `fallback`.
 */
export function candidatesFor(
  users: DemoUser[],
  owner: { unit: string; role: string },
  assignee: string | { username: string } | null | undefined,
  turn: number,
  fallback: DemoUser[] = [],
): DemoUser[] {
  const named = users.filter((u) => u.username === assigneeName(assignee));
  const holders = users.filter((u) => u.unit === owner.unit && u.roles.includes(owner.role)).sort(byName);
  const heads = users.filter((u) => u.unit === owner.unit && u.roles.includes('head')).sort(byName);
  return unique([...named, ...rotate(holders, turn), ...heads, ...fallback]);
}

/** The reception staff who receive a procedure's dossiers: those of its first step's unit, else any. */
export function receptionistsFor(users: DemoUser[], unit: string | undefined, turn: number): DemoUser[] {
  const reception = users.filter((u) => u.roles.includes('reception')).sort(byName);
  const own = reception.filter((u) => u.unit === unit);
  return rotate(own.length > 0 ? own : reception, turn);
}
