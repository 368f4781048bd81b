import { useEffect, useState } from 'preact/hooks';
import { call, client } from './api.client';
import type { OrgUnit } from './api.types';

let cache: Promise<Map<string, OrgUnit>> | undefined;
let loaded: Map<string, OrgUnit> | undefined;

const load = (): Promise<Map<string, OrgUnit>> =>
  (cache ??= call(client.GET('/api/v1/org/units')).then(
    (units) => (loaded = new Map(units.map((u) => [u.id, u]))),
    (error: unknown) => {
      cache = undefined;
      throw error;
    },
  ));

/**
 * Unit id → name, loaded once per page load. Until the names arrive a unit shows as nothing, never as its id
 * (a code flashing before the name); a unit the list lacks shows its id.
 */
export function useUnitName(): (id: string | null | undefined) => string {
  const [units, setUnits] = useState<Map<string, OrgUnit> | undefined>(loaded);
  useEffect(() => {
    if (!units) load().then(setUnits, () => undefined);
  }, []);
  return (id) => (id && units ? (units.get(id)?.name ?? id) : '');
}

export const forgetUnits = (): void => {
  cache = undefined;
  loaded = undefined;
};
