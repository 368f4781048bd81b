import { signBody, verifySignature } from './webhook-signature.rules';

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of the exact body; a receiver verifies it in constant time', () => {
    const body = '{"title":"Hồ sơ quá hạn"}';
    const signature = signBody('bí mật', body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('bí mật', body, signature)).toBe(true);
    expect(verifySignature('bí mật', `${body} `, signature)).toBe(false);
    expect(verifySignature('other', body, signature)).toBe(false);
    expect(verifySignature('bí mật', body, undefined)).toBe(false);
  });
});
