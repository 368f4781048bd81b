import { readFileSync } from 'node:fs';
import { type Organization, parseOrg } from '@motcua/engine';
import { formatSourceError } from '@motcua/source';
import type { Place } from './applicant.rules';

const DEFAULT_PLACE: Place = { commune: 'xã Gia Phú', province: 'tỉnh Lào Cai' };

/** Reads and validates org.yaml: the sample users to log in as, and the units they belong to. */
export function readOrg(file: string): Organization {
  const { org, errors } = parseOrg(readFileSync(file, 'utf8'), file);
  if (!org) throw new Error(`invalid ${file}:\n${errors.map(formatSourceError).join('\n')}`);
  return org;
}

/** Users who log in: everyone but the system accounts (holders of the portal role, which act by signed requests). */
export const loginUsers = (org: Pick<Organization, 'users'>): Organization['users'] =>
  org.users.filter((u) => !u.roles.includes('portal'));

/** The commune and province named by the organization's units ("Ủy ban nhân dân xã Gia Phú" → "xã Gia Phú"). */
export function placeOf(org: Pick<Organization, 'units' | 'center'>): Place {
  const names = [org.center.name, ...org.units.map((u) => u.name)];
  const find = (pattern: RegExp): string | undefined =>
    names.map((n) => pattern.exec(n)?.[1]?.trim()).find((found) => found !== undefined);
  const commune = find(/(?:^|\s)((?:xã|phường|đặc khu) [^,()-]+)/u);
  const province = find(/(?:^|\s)((?:tỉnh|thành phố) [^,()-]+)/u);
  return { commune: commune ?? DEFAULT_PLACE.commune, province: province ?? DEFAULT_PLACE.province };
}

/** The closing block: where the api is and whom to log in as. */
export function banner(apiUrl: string, org: Organization, password: string): string {
  const unitName = new Map(org.units.map((u) => [u.id, u.name]));
  const users = loginUsers(org);
  const nameWidth = Math.max(...users.map((u) => u.username.length));
  const roleWidth = Math.max(...users.map((u) => u.roles.join(',').length));
  return [
    `api     ${apiUrl}/api/v1`,
    `docs    ${apiUrl}/docs`,
    `logins  (password: ${password})`,
    ...users.map(
      (u) =>
        `  ${u.username.padEnd(nameWidth)}  ${u.roles.join(',').padEnd(roleWidth)}  ${u.fullName} — ${unitName.get(u.unit) ?? u.unit}`,
    ),
  ].join('\n');
}
