import { readP12 } from './p12.rules';
import { selfSignedP12 } from './self-signed.rules';

describe('readP12', () => {
  const p12 = selfSignedP12({
    commonName: 'UBND xã Gia Phú',
    organization: 'Lào Cai',
    password: 'đúng',
    now: new Date(),
  });

  it('gives the key and its certificate', () => {
    const identity = readP12(p12, 'đúng');
    expect(identity.certificate.length).toBeGreaterThan(500);
    expect(identity.privateKeyPkcs8.length).toBeGreaterThan(1000);
    expect(identity.chain).toEqual([]);
  });

  it('names a wrong password or a file that is not PKCS#12', () => {
    expect(() => readP12(p12, 'sai')).toThrow(/wrong password or not a PKCS#12 file/);
    expect(() => readP12(Buffer.from('not a p12'), '')).toThrow(/PKCS#12/);
  });
});
