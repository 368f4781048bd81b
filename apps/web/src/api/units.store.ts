import { useEffect, useState } from 'preact/hooks';
import { api } from './api.client';
import type { OrgUnit } from './api.types';

let cache: Promise<Map<string, OrgUnit>> | undefined;

const load = (): Promise<Map<string, OrgUnit>> =>
  (cache ??= api.get<OrgUnit[]>('/org/units').then(
    (units) => new Map(units.map((u) => [u.id, u])),
    (error: unknown) => {
      cache = undefined;
      throw error;
    },
  ));

/** Unit id → name, loaded once per page load; ids stand in until it arrives. */
export function useUnitName(): (id: string | null | undefined) => string {
  const [units, setUnits] = useState<Map<string, OrgUnit>>();
  useEffect(() => {
    load().then(setUnits, () => undefined);
  }, []);
  return (id) => (id ? (units?.get(id)?.name ?? id) : '');
}

export const forgetUnits = (): void => {
  cache = undefined;
};
