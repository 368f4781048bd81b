import { schemaCheck } from '@motcua/source';
import { byPosition, type Lang, YamlSource, type SourceError } from '@motcua/source';
import { listAt, recordAt, stringAt, stringsAt, type Raw } from './raw-data';
import { orgSchema } from './org-schema';
import type { OrgUnit, OrgUser, Organization, WorkingPeriod } from './org.types';
import { validateOrg } from './org-validator';
import { toSupplementWait } from './supplement-wait';
import type { Level } from './procedure.types';

const checkSchema = schemaCheck(orgSchema);

export const DEFAULT_CUTOFF = '15:00';

/** Parses and validates `org.yaml`; the organization is returned only when the file has no error. */
export function parseOrg(
  text: string,
  file: string,
  lang?: Lang,
): { org?: Organization; errors: SourceError[] } {
  const { source, errors } = YamlSource.parse(text, file, lang);
  if (!source) return { errors };
  const problems = [...checkSchema(source), ...validateOrg(source)].sort(byPosition);
  return problems.length ? { errors: problems } : { org: normalize(source), errors: [] };
}

function normalize(source: YamlSource): Organization {
  const data = source.data;
  const center = recordAt(data, 'center');
  const workingHours: WorkingPeriod[] = listAt(center, 'workingHours').map((period) => ({
    from: stringAt(period, 'from') ?? '',
    to: stringAt(period, 'to') ?? '',
  }));
  return {
    file: source.file,
    center: {
      name: stringAt(center, 'name') ?? '',
      cutoff: 'cutoff' in center ? (stringAt(center, 'cutoff') ?? null) : DEFAULT_CUTOFF,
      ...(workingHours.length ? { workingHours } : {}),
      supplementWait: toSupplementWait(center),
      ...(center.transferClock === 'restart' ? { transferClock: 'restart' as const } : {}),
    },
    roles: stringsAt(data, 'roles'),
    units: listAt(data, 'units').map((unit, i) => toUnit(unit as Raw, source.lineOf(['units', i]))),
    users: listAt(data, 'users').map((user, i) => toUser(user as Raw, source.lineOf(['users', i]))),
  };
}

const toUnit = (raw: Raw, line: number): OrgUnit => ({
  id: String(raw.id),
  name: String(raw.name),
  ...(typeof raw.agencyId === 'string' ? { agencyId: raw.agencyId } : {}),
  level: raw.level as Level,
  ...(typeof raw.parent === 'string' ? { parent: raw.parent } : {}),
  roles: stringsAt(raw, 'roles'),
  line,
});

const toUser = (raw: Raw, line: number): OrgUser => ({
  username: String(raw.username),
  fullName: String(raw.fullName),
  title: String(raw.title),
  unit: String(raw.unit),
  roles: stringsAt(raw, 'roles'),
  line,
});
