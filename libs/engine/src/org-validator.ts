import { shiftProblems, type Shift } from '@motcua/calendar';
import type { SourceError, YamlSource } from '@motcua/source';
import { indexed, isRecord, listAt, recordAt, stringAt, stringsAt } from './raw-data';
import { didYouMean } from './did-you-mean';

/** Cross-reference checks of org.yaml; the schema has already checked shapes. */
export function validateOrg(source: YamlSource): SourceError[] {
  return [...checkRoles(source), ...checkUnits(source), ...checkUsers(source), ...checkWorkingHours(source)];
}

function duplicates(
  source: YamlSource,
  values: Array<[string | undefined, number]>,
  path: (index: number) => Array<string | number>,
  describe: (value: string, firstLine: number) => string,
): SourceError[] {
  const first = new Map<string, number>();
  const errors: SourceError[] = [];
  for (const [value, index] of values) {
    if (value === undefined) continue;
    const line = source.lineOf(path(index));
    const seen = first.get(value);
    if (seen === undefined) first.set(value, line);
    else errors.push({ file: source.file, line, message: describe(value, seen) });
  }
  return errors;
}

// Of two units with the same id the first counts, as the duplicate is reported.
const firstBy = <V>(entries: Array<[string | undefined, V]>): Map<string | undefined, V> =>
  new Map([...entries].reverse());

const checkRoles = (source: YamlSource): SourceError[] =>
  duplicates(
    source,
    indexed(listAt(source.data, 'roles')).map(([role, i]) => [
      typeof role === 'string' ? role : undefined,
      i,
    ]),
    (i) => ['roles', i],
    source.messages.roleTwice,
  );

function checkUnits(source: YamlSource): SourceError[] {
  const m = source.messages;
  const units = indexed(listAt(source.data, 'units'));
  const roles = new Set(stringsAt(source.data, 'roles'));
  const parents = firstBy(units.map(([unit]) => [stringAt(unit, 'id'), stringAt(unit, 'parent')]));
  const ids = [...parents.keys()].filter((id): id is string => id !== undefined);
  const errors = duplicates(
    source,
    units.map(([unit, i]) => [stringAt(unit, 'id'), i]),
    (i) => ['units', i, 'id'],
    m.unitIdTwice,
  );
  for (const [unit, i] of units) {
    const id = stringAt(unit, 'id');
    const parent = stringAt(unit, 'parent');
    if (id === undefined) continue;
    if (parent !== undefined && !parents.has(parent)) {
      errors.push(
        source.error(['units', i, 'parent'], m.unitParentUnknown(id, parent, didYouMean(parent, ids, m))),
      );
    } else if (parent !== undefined) {
      const chain = ancestors(id, parents);
      if (chain.at(-1) === id)
        errors.push(source.error(['units', i, 'parent'], m.unitOwnAncestor(id, [id, ...chain].join(' → '))));
    }
    for (const [role, j] of indexed(listAt(unit, 'roles'))) {
      if (typeof role === 'string' && !roles.has(role)) {
        errors.push(
          source.error(['units', i, 'roles', j], m.unitRoleUndeclared(id, role, didYouMean(role, roles, m))),
        );
      }
    }
  }
  return errors;
}

function ancestors(id: string, parents: Map<string | undefined, string | undefined>): string[] {
  const chain: string[] = [];
  for (let at = parents.get(id); at !== undefined && parents.has(at); at = parents.get(at)) {
    chain.push(at);
    if (at === id || chain.length > parents.size) break;
  }
  return chain;
}

function checkUsers(source: YamlSource): SourceError[] {
  const m = source.messages;
  const users = indexed(listAt(source.data, 'users'));
  const unitRoles = firstBy(
    listAt(source.data, 'units').map((unit) => [stringAt(unit, 'id'), stringsAt(unit, 'roles')]),
  );
  const unitIds = [...unitRoles.keys()].filter((id): id is string => id !== undefined);
  const errors = duplicates(
    source,
    users.map(([user, i]) => [stringAt(user, 'username'), i]),
    (i) => ['users', i, 'username'],
    m.usernameTwice,
  );
  for (const [user, i] of users) {
    const name = stringAt(user, 'username') ?? `users[${i}]`;
    const unit = stringAt(user, 'unit');
    if (unit === undefined) continue;
    const staffed = unitRoles.get(unit);
    if (!staffed) {
      errors.push(
        source.error(['users', i, 'unit'], m.userUnitUnknown(name, unit, didYouMean(unit, unitIds, m))),
      );
      continue;
    }
    for (const [role, j] of indexed(listAt(user, 'roles'))) {
      if (typeof role === 'string' && !staffed.includes(role)) {
        errors.push(
          source.error(
            ['users', i, 'roles', j],
            m.userRoleNotStaffed(name, role, unit, staffed, didYouMean(role, staffed, m)),
          ),
        );
      }
    }
  }
  return errors;
}

function checkWorkingHours(source: YamlSource): SourceError[] {
  const shifts = listAt(recordAt(source.data, 'center'), 'workingHours');
  if (!shifts.every((p) => isRecord(p) && typeof p.from === 'string' && typeof p.to === 'string')) return [];
  return shiftProblems(shifts as Shift[], source.messages).map((p) =>
    source.error(
      ['center', 'workingHours', p.index, p.field],
      `center.workingHours[${p.index}].${p.field}: ${p.message}`,
    ),
  );
}
