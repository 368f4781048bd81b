import { DEV_PORTAL_CLIENTS, parsePortalClients } from './portal-clients.config';

describe('parsePortalClients', () => {
  it('reads name:apiKey:secret entries; a secret may contain colons', () => {
    expect(parsePortalClients('a:k1:0123456789abcdef, b:k2:0123:456789abcdef', 'production')).toEqual([
      { name: 'a', apiKey: 'k1', secret: '0123456789abcdef' },
      { name: 'b', apiKey: 'k2', secret: '0123:456789abcdef' },
    ]);
  });

  it('has the development client when unset, in development, test and demo only', () => {
    expect(parsePortalClients(undefined, 'development')).toEqual(
      parsePortalClients(DEV_PORTAL_CLIENTS, 'test'),
    );
    expect(parsePortalClients(undefined, 'demo')).toHaveLength(1);
    expect(parsePortalClients('', 'production')).toEqual([]);
    expect(parsePortalClients(undefined, '')).toEqual([]);
  });

  it('refuses a malformed entry, a short secret or a duplicate key without echoing secrets', () => {
    expect(() => parsePortalClients('a:k1', 'test')).toThrow(/entry 1/);
    expect(() => parsePortalClients('a:k1:short', 'test')).toThrow(/at least 16/);
    expect(() => parsePortalClients('a:k:0123456789abcdef,b:k:0123456789abcdef', 'test')).toThrow(/apiKey/);
    expect(() => parsePortalClients('a:k1:0123456789abcdef-secret,', 'test')).not.toThrow(/secret-/);
  });
});
