import { IDEMPOTENCY_KEY, replayOf, requestFingerprint } from './idempotency.rules';

describe('requestFingerprint', () => {
  it('is the same for the same body in any key order, and differs on any changed value', () => {
    const a = {
      procedureCode: '2.000908',
      applicant: { fullName: 'An', phone: '0912345678' },
      documents: [1, 2],
    };
    const b = {
      documents: [1, 2],
      applicant: { phone: '0912345678', fullName: 'An' },
      procedureCode: '2.000908',
    };
    expect(requestFingerprint(a)).toBe(requestFingerprint(b));
    expect(requestFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(requestFingerprint({ ...a, documents: [2, 1] })).not.toBe(requestFingerprint(a));
    expect(requestFingerprint({ ...a, applicant: { fullName: 'Ân', phone: '0912345678' } })).not.toBe(
      requestFingerprint(a),
    );
    expect(requestFingerprint({ ...a, summary: undefined })).toBe(requestFingerprint(a));
  });
});

describe('replayOf', () => {
  it('creates on a first use, replays the same body, refuses another body', () => {
    expect(replayOf(null, 'f1')).toBe('new');
    expect(replayOf({ requestSha256: 'f1' }, 'f1')).toBe('replay');
    expect(replayOf({ requestSha256: 'f1' }, 'f2')).toBe('key_reused');
  });
});

describe('IDEMPOTENCY_KEY', () => {
  it('takes a UUID or a short token, not spaces, control characters or long strings', () => {
    expect(IDEMPOTENCY_KEY.test('3f1c2b9e-6f7d-4c1e-9a0b-1c2d3e4f5a6b')).toBe(true);
    for (const bad of ['', 'has space', 'tab\t', 'x'.repeat(129), 'khóa'])
      expect(IDEMPOTENCY_KEY.test(bad)).toBe(false);
  });
});
