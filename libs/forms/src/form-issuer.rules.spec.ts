import { readFileSync } from 'node:fs';
import { parseOrg } from '@motcua/engine';
import { formIssuers } from './form-issuer.rules';

const { org } = parseOrg(readFileSync('workflows/org.yaml', 'utf8'), 'workflows/org.yaml');

describe('who issues the forms of a dossier', () => {
  it("issues a commune's forms from the commune, signed off at the commune's center", () => {
    expect(formIssuers(org!, { agency: 'ubnd-xa' }, 'mot-cua-xa')).toEqual({
      reception: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
      agency: 'Ủy ban nhân dân xã Gia Phú',
      place: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
    });
  });

  it("issues a province's decisions in its agency's name; without one, the body the center belongs to", () => {
    expect(formIssuers(org!, { agency: 'vpdkdd' }, 'pvhcc')).toMatchObject({
      agency: 'Văn phòng Đăng ký đất đai tỉnh Lào Cai',
      place: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai',
    });
    expect(formIssuers(org!, {}, 'pvhcc').agency).toBe('Ủy ban nhân dân tỉnh Lào Cai');
  });
});
