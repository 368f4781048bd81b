import { redactUrl } from './redact-url.rules';

describe('redactUrl', () => {
  it('hides search terms and lookup keys, keeps the path and harmless filters', () => {
    expect(redactUrl('/api/v1/dossiers?q=001085012345&status=accepted&limit=20')).toBe(
      '/api/v1/dossiers?q=[redacted]&status=accepted&limit=20',
    );
    expect(redactUrl('/api/v1/public/dossiers/000.01.52.H38-261123-0001?key=7K3M9QXZ')).toBe(
      '/api/v1/public/dossiers/000.01.52.H38-261123-0001?key=[redacted]',
    );
  });

  it('hides unknown, repeated, encoded and malformed parameters too', () => {
    expect(redactUrl('/x?%71=Nguy%E1%BB%85n&q=a&q=b&%E0%A4%A=1&novalue')).toBe(
      '/x?%71=[redacted]&q=[redacted]&q=[redacted]&%E0%A4%A=[redacted]&novalue=[redacted]',
    );
  });

  it('leaves a URL without a query alone', () => {
    expect(redactUrl('/api/v1/inbox')).toBe('/api/v1/inbox');
    expect(redactUrl(undefined)).toBe('');
  });
});
