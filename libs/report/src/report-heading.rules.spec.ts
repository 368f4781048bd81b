import type { Organization } from '@motcua/engine';
import { reportAgencyOf } from './report-heading.rules';

const org = {
  center: { name: 'Trung tâm Phục vụ hành chính công tỉnh' },
  units: [
    { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã Gia Phú' },
    { id: 'mot-cua-xa', name: 'Trung tâm Phục vụ hành chính công xã Gia Phú', parent: 'ubnd-xa' },
  ],
} as unknown as Organization;

describe('the reporting agency', () => {
  it('is the reader’s unit under its parent, or the unit alone at the top', () => {
    expect(reportAgencyOf(org, 'mot-cua-xa')).toEqual({
      parent: 'Ủy ban nhân dân xã Gia Phú',
      name: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
    });
    expect(reportAgencyOf(org, 'ubnd-xa')).toEqual({ parent: null, name: 'Ủy ban nhân dân xã Gia Phú' });
  });

  it('is the center for a reader of no unit', () => {
    expect(reportAgencyOf(org, 'none')).toEqual({
      parent: null,
      name: 'Trung tâm Phục vụ hành chính công tỉnh',
    });
  });
});
