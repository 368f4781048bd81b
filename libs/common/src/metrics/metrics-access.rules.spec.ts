import { metricsAccess } from './metrics-access.rules';

const TOKEN = 'scrape-token-0123456789';

describe('metricsAccess', () => {
  it('is open outside production when no token is set, off in production', () => {
    expect(metricsAccess(false, undefined)).toBe('allow');
    expect(metricsAccess(true, undefined, `Bearer ${TOKEN}`)).toBe('off');
  });

  it('asks for the token wherever one is set', () => {
    for (const production of [true, false]) {
      expect(metricsAccess(production, TOKEN, `Bearer ${TOKEN}`)).toBe('allow');
      expect(metricsAccess(production, TOKEN)).toBe('unauthorized');
      expect(metricsAccess(production, TOKEN, `Bearer ${TOKEN}x`)).toBe('unauthorized');
      expect(metricsAccess(production, TOKEN, TOKEN)).toBe('unauthorized');
    }
  });
});
