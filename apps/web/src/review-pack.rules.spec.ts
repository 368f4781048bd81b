import type { OrgUnit, SessionUser } from './api/api.types';
import { defaultAgency, packYears } from './review-pack.rules';

const units: OrgUnit[] = [
  { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã Gia Phú', level: 'commune', parent: null, roles: [] },
  {
    id: 'mot-cua-xa',
    name: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
    level: 'commune',
    parent: 'ubnd-xa',
    roles: [],
  },
  { id: 'tu-phap-xa', name: 'Tư pháp - Hộ tịch', level: 'commune', parent: 'ubnd-xa', roles: [] },
];
const user = (unit: string, roles: SessionUser['roles']): SessionUser => ({
  fullName: 'Người dùng',
  title: '',
  unit,
  unitName: '',
  roles,
  username: 'u',
});

describe('the review pack page', () => {
  it('starts a center supervisor or ISO officer on the body their center serves', () => {
    expect(defaultAgency(user('mot-cua-xa', ['supervisor']), units)).toBe('ubnd-xa');
    expect(defaultAgency(user('mot-cua-xa', ['iso']), units)).toBe('ubnd-xa');
  });

  it('starts a head or leader on their own unit', () => {
    expect(defaultAgency(user('tu-phap-xa', ['head']), units)).toBe('tu-phap-xa');
    expect(defaultAgency(user('ubnd-xa', ['supervisor']), units)).toBe('ubnd-xa');
  });

  it('offers the current year in Vietnam and the five before it', () => {
    expect(packYears(new Date('2026-12-31T18:00:00Z'))).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
    expect(packYears(new Date('2026-03-02T02:00:00Z'))[0]).toBe(2026);
  });
});
