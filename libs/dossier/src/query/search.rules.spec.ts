import { containing, searchTerm } from './search.rules';

describe('search terms', () => {
  it('trims and collapses the spaces typed', () => {
    expect(searchTerm('  nguyen   van ')).toBe('nguyen van');
  });

  it('matches the term anywhere, its wildcards taken literally', () => {
    expect(containing('261206-0269')).toBe('%261206-0269%');
    expect(containing('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
