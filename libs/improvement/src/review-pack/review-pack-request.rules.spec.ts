import { readFileSync } from 'node:fs';
import { parseOrg } from '@motcua/engine';
import { type AuthUser, improvementScope, type Role } from '@motcua/identity';
import { packRequest } from './review-pack-request.rules';

const org = parseOrg(readFileSync('workflows/org.yaml', 'utf8'), 'workflows/org.yaml').org!;
const NOW = new Date('2026-12-06T10:00:00+07:00');

const user = (unitId: string, ...roles: Role[]): AuthUser => ({
  id: 'u1',
  username: 'u1',
  fullName: 'Người dùng',
  title: '',
  unitId,
  roles,
});
const ask = (agency: string, year: string, reader: AuthUser) =>
  packRequest(agency, year, org, improvementScope(reader, org), NOW);

describe('packRequest', () => {
  it('gives the agency under its parent, its units and the year’s bounds on Vietnam time', () => {
    const request = ask('so-nnmt', '2026', user('pvhcc', 'iso'));
    expect(request).toMatchObject({
      agency: {
        id: 'so-nnmt',
        name: 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai',
        parent: 'Ủy ban nhân dân tỉnh Lào Cai',
      },
      year: 2026,
      from: '2026-01-01T00:00:00+07:00',
      to: '2027-01-01T00:00:00+07:00',
    });
    expect(request.units).toEqual(expect.arrayContaining(['so-nnmt', 'vpdkdd', 'phong-moi-truong']));
  });

  it.each(['26', '2026a', '1999', '2027', ''])('refuses the year %j with BAD_YEAR', (year) => {
    expect(() => ask('so-tu-phap', year, user('pvhcc', 'iso'))).toThrow(
      expect.objectContaining({ code: 'BAD_YEAR', status: 400 }),
    );
  });

  it('refuses an agency not in the organization file with UNKNOWN_AGENCY', () => {
    expect(() => ask('so-khong-co', '2026', user('pvhcc', 'admin'))).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_AGENCY', status: 400 }),
    );
  });

  it('lets a head read their unit and not another', () => {
    expect(ask('so-tu-phap', '2026', user('so-tu-phap', 'head')).agency.id).toBe('so-tu-phap');
    expect(() => ask('so-xay-dung', '2026', user('so-tu-phap', 'head'))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN_UNIT', status: 403 }),
    );
  });

  it('refuses a reader without improvement figures (an officer) with FORBIDDEN_ROLE', () => {
    expect(() => ask('so-tu-phap', '2026', user('so-tu-phap', 'officer'))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN_ROLE', status: 403 }),
    );
  });
});
