import { foldHistogram, quantile } from './minute-histogram.rules';

describe('quantile', () => {
  it('interpolates between the nearest values as percentile_cont does', () => {
    const h: Array<[number, number]> = [
      [10, 1],
      [1, 1],
      [3, 1],
      [2, 1],
    ];
    expect(quantile(h, 0.5)).toBe(2.5);
    expect(quantile(h, 0.9)).toBeCloseTo(7.9);
    expect(quantile(h, 0)).toBe(1);
    expect(quantile(h, 1)).toBe(10);
  });

  it('weighs each minute by its count', () => {
    expect(
      quantile(
        [
          [60, 9],
          [600, 1],
        ],
        0.5,
      ),
    ).toBe(60);
    expect(
      quantile(
        [
          [60, 1],
          [600, 1],
          [60, 0],
        ],
        0.5,
      ),
    ).toBe(330);
  });

  it('has no quantile of nothing', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([[5, 0]], 0.5)).toBeNull();
  });

  it('adds the counts of equal minutes', () => {
    expect(
      foldHistogram([
        [5, 1],
        [2, 2],
        [5, 3],
      ]),
    ).toEqual([
      [2, 2],
      [5, 4],
    ]);
  });
});
