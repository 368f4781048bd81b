import { didYouMean, editDistance, nearest } from './did-you-mean';

describe('suggestions', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('apprasie', 'appraise')).toBe(1);
    expect(editDistance('relese', 'release')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the nearest name only when it is close', () => {
    expect(nearest('relese', ['receive', 'release', 'sign'])).toBe('release');
    expect(nearest('verification', ['receive', 'release', 'sign'])).toBeUndefined();
    expect(didYouMean('sgn', ['sign'])).toBe(" (did you mean 'sign'?)");
    expect(didYouMean('x', [])).toBe('');
  });
});
