import { parseTrustProxy } from './trust-proxy.config';

describe('parseTrustProxy', () => {
  it('is off unless set', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
  });

  it('takes a number of hops, or proxy addresses, subnets and named ranges', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.5, 172.16.0.0/12,loopback')).toEqual([
      '10.0.0.5',
      '172.16.0.0/12',
      'loopback',
    ]);
    expect(parseTrustProxy('fd00::/8,::1')).toEqual(['fd00::/8', '::1']);
  });

  it('refuses true (any client could choose its address), odd hop counts and what is not an address', () => {
    for (const bad of ['true', '11', 'proxy.local', '10.0.0.0/33', '10.0.0.1/8/1', 'fd00::/129', '1,']) {
      expect(parseTrustProxy(bad)).toBeUndefined();
    }
  });
});
