import { pairsOf } from './simulation-form.rules';

describe('pairsOf', () => {
  it('reads unit=officers and step=minutes lines, blank lines skipped, decimal commas accepted', () => {
    expect(pairsOf('tu-phap-xa=1\n\n  appraise = 90,5 ')).toEqual({
      pairs: [
        ['tu-phap-xa', 1],
        ['appraise', 90.5],
      ],
      bad: [],
    });
  });

  it('names the lines it cannot read', () => {
    expect(pairsOf('tu-phap-xa=1\nhai cán bộ\nx=-1').bad).toEqual([2, 3]);
  });
});
