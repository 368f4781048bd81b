import { keyMatches, normalizeLookupKey } from './lookup-key.rules';

describe('normalizeLookupKey', () => {
  it('ignores case, spaces and hyphens, and reads O as 0 and I, L as 1', () => {
    expect(normalizeLookupKey('7k3m-9qxz')).toBe('7K3M9QXZ');
    expect(normalizeLookupKey(' 7K3M 9QXZ ')).toBe('7K3M9QXZ');
    expect(normalizeLookupKey('OIL0ABCD')).toBe('0110ABCD');
  });

  it('refuses what cannot be a key', () => {
    for (const bad of [undefined, '', '5678', '7K3M9QXZ1', '7K3M9QXU', '7K3M9QX!', 'x'.repeat(40)]) {
      expect(normalizeLookupKey(bad)).toBeUndefined();
    }
  });
});

describe('keyMatches', () => {
  it('opens the dossier with its own key only', () => {
    expect(keyMatches('7K3M9QXZ', '7k3m-9qxz')).toBe(true);
    for (const wrong of ['7K3M9QXY', '0000', undefined, '', '########']) {
      expect(keyMatches('7K3M9QXZ', wrong)).toBe(false);
    }
  });

  it('opens nothing when there is no dossier', () => {
    expect(keyMatches(null, '7K3M9QXZ')).toBe(false);
    expect(keyMatches(null, '########')).toBe(false);
  });
});
