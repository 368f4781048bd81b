import { keyMatches } from './lookup-key';

describe('keyMatches', () => {
  const applicant = { phone: '0912 345 678', idNumber: '001085012345' };

  it('accepts the last four digits of the phone or of the id number', () => {
    expect(keyMatches(applicant, '5678')).toBe(true);
    expect(keyMatches(applicant, '2345')).toBe(true);
  });

  it('refuses any other key, a missing one, a malformed one, and every key when there is no dossier', () => {
    for (const key of ['5679', '0000', '678', '45678', 'abcd', '', undefined, '####']) {
      expect(keyMatches(applicant, key)).toBe(false);
    }
    expect(keyMatches(null, '5678')).toBe(false);
    expect(keyMatches({ phone: '12', idNumber: '' }, '##12')).toBe(false);
  });
});
