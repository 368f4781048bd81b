import { passwordProblems } from './password.rules';

const owner = { username: 'letan.xa', fullName: 'Lò Thị Mai' };
const codes = (password: string) => passwordProblems(password, owner).map((p) => p.code);

describe('passwordProblems', () => {
  it('accepts a long passphrase of unrelated words, Vietnamese or not', () => {
    expect(codes('ruộng bậc thang Mù Cang Chải mùa lúa chín')).toEqual([]);
    expect(codes('correct-horse-battery-staple-42')).toEqual([]);
    expect(codes('Tq8#vLp2$wZr')).toEqual([]);
  });

  it('refuses fewer than 10 characters, counting a Vietnamese letter as one', () => {
    expect(codes('Xq7#pL2z')).toEqual(['TOO_SHORT']);
    expect(codes('Mộtcửa@9z')).toEqual(['TOO_SHORT']);
    expect(passwordProblems('short', owner)[0].message).toBe('Mật khẩu phải có ít nhất 10 ký tự.');
  });

  it('refuses more than 256 characters', () => {
    expect(codes('x'.repeat(257))).toEqual(['TOO_LONG']);
  });

  it('refuses the most common passwords, and the system name, though long enough', () => {
    expect(codes('1234567890')).toEqual(['TOO_GUESSABLE']);
    expect(codes('qwertyuiop')).toEqual(['TOO_GUESSABLE']);
    expect(codes('password123')).toEqual(['TOO_GUESSABLE']);
    expect(codes('motcua2026!')).toEqual(['TOO_GUESSABLE']);
  });

  it('refuses a password containing the username, with or without its dot, whatever the case', () => {
    expect(codes('LeTan.Xa-Gia-Phu-2026-zq')).toContain('CONTAINS_USERNAME');
    expect(codes('xx-letanxa-yy-Quang-Binh-8')).toContain('CONTAINS_USERNAME');
  });

  it("refuses the user's own name and a date", () => {
    expect(codes('Lò Thị Mai 1990')).toEqual(['TOO_GUESSABLE']);
    expect(codes('01/01/1990')).toEqual(['TOO_GUESSABLE']);
  });
});
