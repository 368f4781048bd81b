import {
  parseTimestamp,
  signPortalRequest,
  verifyPortalHeaders,
  verifyPortalRequest,
} from './portal-signature.rules';

const clients = [{ name: 'dvcqg', apiKey: 'key-1', secret: 'secret-0123456789abcdef' }];
const now = new Date('2026-11-23T01:00:00Z');
const seconds = String(now.getTime() / 1000);
const body = Buffer.from('{"a":1}');

const signed = (over: Record<string, unknown> = {}) => ({
  apiKey: 'key-1',
  timestamp: seconds,
  nonce: 'nonce-0001',
  signature: signPortalRequest(clients[0].secret, seconds, 'nonce-0001', body),
  rawBody: body,
  ...over,
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('verifyPortalRequest', () => {
  it('returns the client of a correctly signed request', () => {
    expect(verifyPortalRequest(clients, signed(), now).name).toBe('dvcqg');
  });

  it('signs the exact bytes: one changed byte of the body fails', () => {
    expect(codeOf(() => verifyPortalRequest(clients, signed({ rawBody: Buffer.from('{"a":2}') }), now))).toBe(
      'PORTAL_BAD_SIGNATURE',
    );
  });

  it.each([
    [{ apiKey: 'key-2' }, 'PORTAL_UNKNOWN_CLIENT'],
    [{ apiKey: undefined }, 'PORTAL_UNKNOWN_CLIENT'],
    [{ timestamp: String(now.getTime() / 1000 - 301) }, 'PORTAL_STALE_TIMESTAMP'],
    [{ timestamp: String(now.getTime() / 1000 + 61) }, 'PORTAL_STALE_TIMESTAMP'],
    [{ timestamp: 'yesterday' }, 'PORTAL_STALE_TIMESTAMP'],
    [{ nonce: 'x' }, 'PORTAL_BAD_SIGNATURE'],
    [{ signature: 'zz' }, 'PORTAL_BAD_SIGNATURE'],
    [{ signature: undefined }, 'PORTAL_BAD_SIGNATURE'],
  ])('refuses %j with %s', (over, code) => {
    expect(codeOf(() => verifyPortalRequest(clients, signed(over), now))).toBe(code);
  });

  it('accepts a timestamp inside the window, as unix seconds or ISO 8601', () => {
    const iso = '2026-11-23T07:57:00+07:00';
    const req = signed({
      timestamp: iso,
      signature: signPortalRequest(clients[0].secret, iso, 'nonce-0001', body),
    });
    expect(verifyPortalRequest(clients, req, now).name).toBe('dvcqg');
  });
});

describe('parseTimestamp', () => {
  it('reads unix seconds and ISO instants with an offset, nothing else', () => {
    expect(parseTimestamp('1795395600')).toBe(1795395600000);
    expect(parseTimestamp('2026-11-23T01:00:00Z')).toBe(now.getTime());
    expect(parseTimestamp('2026-11-23 01:00')).toBeNaN();
    expect(parseTimestamp('')).toBeNaN();
  });
});

describe('verifyPortalHeaders', () => {
  const headers = (over: Record<string, unknown> = {}) => {
    const { rawBody, ...rest } = signed(over);
    void rawBody;
    return rest;
  };

  it('passes a known key, a fresh timestamp and well-formed nonce and signature, before any body is seen', () => {
    expect(verifyPortalHeaders(clients, headers({ signature: 'ab'.repeat(32) }), now).name).toBe('dvcqg');
  });

  it.each([
    [{ apiKey: 'key-2' }, 'PORTAL_UNKNOWN_CLIENT'],
    [{ timestamp: String(now.getTime() / 1000 - 301) }, 'PORTAL_STALE_TIMESTAMP'],
    [{ nonce: 'short' }, 'PORTAL_BAD_SIGNATURE'],
    [{ signature: 'ab'.repeat(31) }, 'PORTAL_BAD_SIGNATURE'],
    [{ signature: undefined }, 'PORTAL_BAD_SIGNATURE'],
  ])('refuses %j with %s', (over, code) => {
    expect(codeOf(() => verifyPortalHeaders(clients, headers(over), now))).toBe(code);
  });
});
