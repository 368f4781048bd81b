import { centerUnitsOf, unitsUnder } from './org-scope';
import type { Organization, OrgUnit } from './org.types';

const unit = (id: string, parent?: string): OrgUnit => ({
  id,
  name: id,
  level: 'commune',
  ...(parent ? { parent } : {}),
  roles: [],
  line: 1,
});

// The sample province: a provincial tree, a commune tree with no parent, and the police outside both.
const org: Organization = {
  file: 'org.yaml',
  center: { name: 'c', cutoff: '15:00' },
  roles: [],
  units: [
    unit('ubnd-tinh'),
    unit('pvhcc', 'ubnd-tinh'),
    unit('so-nnmt', 'ubnd-tinh'),
    unit('vpdkdd', 'so-nnmt'),
    unit('ubnd-xa'),
    unit('mot-cua-xa', 'ubnd-xa'),
    unit('tu-phap-xa', 'ubnd-xa'),
    unit('cong-an-xa'),
  ],
  users: [],
};

describe('unitsUnder', () => {
  it('gives the root and every unit below it, at any depth', () => {
    expect(unitsUnder(org, 'ubnd-tinh').sort()).toEqual(['pvhcc', 'so-nnmt', 'ubnd-tinh', 'vpdkdd']);
    expect(unitsUnder(org, 'so-nnmt').sort()).toEqual(['so-nnmt', 'vpdkdd']);
  });

  it('gives nothing for a unit the file does not have', () => {
    expect(unitsUnder(org, 'nowhere')).toEqual([]);
  });
});

describe('centerUnitsOf', () => {
  it("covers the provincial center's People's Committee and its departments, not the commune", () => {
    expect(centerUnitsOf(org, 'pvhcc').sort()).toEqual(['pvhcc', 'so-nnmt', 'ubnd-tinh', 'vpdkdd']);
  });

  it("covers the commune center's commune, not the province nor the police", () => {
    expect(centerUnitsOf(org, 'mot-cua-xa').sort()).toEqual(['mot-cua-xa', 'tu-phap-xa', 'ubnd-xa']);
  });

  it('covers only the unit itself and what is under it when it has no parent', () => {
    expect(centerUnitsOf(org, 'cong-an-xa')).toEqual(['cong-an-xa']);
    expect(centerUnitsOf(org, 'nowhere')).toEqual([]);
  });

  it('reaches a commune nested under the province from the provincial center, not the other way round', () => {
    const nested = {
      ...org,
      units: org.units.map((u) => (u.id === 'ubnd-xa' ? { ...u, parent: 'ubnd-tinh' } : u)),
    };
    expect(centerUnitsOf(nested, 'pvhcc')).toContain('tu-phap-xa');
    expect(centerUnitsOf(nested, 'mot-cua-xa')).not.toContain('vpdkdd');
  });
});
