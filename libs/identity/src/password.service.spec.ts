import { PasswordService } from './password.service';

describe('PasswordService', () => {
  const passwords = new PasswordService();

  it('hashes with argon2id, salted, and verifies the round trip', async () => {
    const digest = await passwords.hash('motcua');
    expect(digest).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await passwords.hash('motcua')).not.toBe(digest);
    expect(await passwords.verify(digest, 'motcua')).toBe(true);
    expect(await passwords.verify(digest, 'Motcua')).toBe(false);
    expect(await passwords.verify(digest, '')).toBe(false);
  });

  it('answers false without a hash, and for a malformed one', async () => {
    expect(await passwords.verify(null, 'motcua')).toBe(false);
    expect(await passwords.verify('not-a-hash', 'motcua')).toBe(false);
  });

  it('matches a Vietnamese password typed with precomposed or combining diacritics', async () => {
    const digest = await passwords.hash('Một cửa 2026'.normalize('NFC'));
    expect(await passwords.verify(digest, 'Một cửa 2026'.normalize('NFD'))).toBe(true);
    expect(await passwords.verify(digest, 'Mot cua 2026')).toBe(false);
  });
});
