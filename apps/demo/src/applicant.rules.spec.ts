import { citizenId, emailLocalPart, generateApplicant } from './applicant.rules';
import { seededRandom } from './random.rules';

const place = { commune: 'xã Gia Phú', province: 'tỉnh Lào Cai' };
const many = (seed: string, n = 300) => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => generateApplicant(random, place));
};

describe('generateApplicant', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(many('motcua', 20)).toEqual(many('motcua', 20));
    expect(many('motcua', 20)).not.toEqual(many('other', 20));
  });

  it('gives Vietnamese names with diacritics, valid-looking ids and phones, local addresses', () => {
    const applicants = many('motcua');
    for (const a of applicants) {
      expect(a.fullName).toMatch(/^\p{Lu}\p{Ll}* \p{L}+ \p{Lu}\p{Ll}*$/u);
      expect(a.idNumber).toMatch(/^0\d{2}[0-3]\d{8}$/);
      expect(a.phone).toMatch(/^0[93]\d{8}$/);
      expect(a.address).toMatch(/^(Thôn|Tổ dân phố) \d+, xã Gia Phú, tỉnh Lào Cai$/);
      if (a.email) expect(a.email).toMatch(/^[a-z]+\.[a-z]+\d\d@example\.vn$/);
    }
    expect(applicants.filter((a) => a.fullName.normalize('NFD') !== a.fullName).length).toBeGreaterThan(200);
    expect(new Set(applicants.map((a) => a.fullName)).size).toBeGreaterThan(200);
    expect(new Set(applicants.map((a) => a.idNumber)).size).toBe(applicants.length);
    expect(applicants.some((a) => a.fullName.startsWith('Nguyễn'))).toBe(true);
  });

  it('writes gender and century of birth into the citizen id', () => {
    const random = seededRandom('id');
    expect(citizenId(random, 'male', 1985)).toMatch(/^\d{3}085\d{6}$/);
    expect(citizenId(random, 'female', 1985)).toMatch(/^\d{3}185\d{6}$/);
    expect(citizenId(random, 'male', 2004)).toMatch(/^\d{3}204\d{6}$/);
    expect(citizenId(random, 'female', 2004)).toMatch(/^\d{3}304\d{6}$/);
  });

  it('spells e-mail names without diacritics', () => {
    expect(emailLocalPart('Nguyễn Thị Thu Hà')).toBe('ha.nguyen');
    expect(emailLocalPart('Đặng Văn Đức')).toBe('duc.dang');
  });
});
