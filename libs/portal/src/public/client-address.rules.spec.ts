import { addressBucket } from './client-address.rules';

describe('addressBucket', () => {
  it('keeps an IPv4 address, also IPv4-mapped', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('puts every address of one IPv6 /64 in one bucket, whatever its spelling', () => {
    const bucket = addressBucket('2001:db8:85a3:12::1');
    expect(bucket).toBe('2001:db8:85a3:12::/64');
    for (const same of [
      '2001:0db8:85a3:0012:ffff:ffff:ffff:ffff',
      '2001:DB8:85A3:12:a:b:c:d',
      '2001:db8:85a3:12::dead:beef%eth0',
    ]) {
      expect(addressBucket(same)).toBe(bucket);
    }
    expect(addressBucket('2001:db8:85a3:13::1')).not.toBe(bucket);
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('has one bucket for what is not an address', () => {
    expect(addressBucket(undefined)).toBe('unknown');
    expect(addressBucket('not-an-ip')).toBe('unknown');
  });
});
