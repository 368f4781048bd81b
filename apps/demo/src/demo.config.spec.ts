import { demoConfig } from './demo.config';
import { placeOf } from './demo-org.rules';

describe('demo settings', () => {
  it('defaults to the local api, the sample password, 100 dossiers, 8 at a time', () => {
    expect(demoConfig({ API_PORT: '3100' })).toEqual({
      apiUrl: 'http://127.0.0.1:3100',
      password: 'motcua',
      seed: 'motcua',
      count: 100,
      concurrency: 8,
      orgFile: 'workflows/org.yaml',
      intakeTimeoutMs: 60_000,
    });
    expect(demoConfig({ DEMO_API_URL: 'http://api.local:8080/', DEMO_SEED: '7' })).toMatchObject({
      apiUrl: 'http://api.local:8080',
      seed: '7',
    });
  });

  it('names a bad number', () => {
    expect(() => demoConfig({ DEMO_COUNT: 'lots' })).toThrow(/DEMO_COUNT: must be a whole number/);
    expect(() => demoConfig({ DEMO_CONCURRENCY: '0' })).toThrow(/DEMO_CONCURRENCY/);
  });

  it('finds the commune and province in the unit names', () => {
    const units = [
      { name: 'Ủy ban nhân dân tỉnh Lào Cai' },
      { name: 'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)' },
    ] as never;
    expect(placeOf({ center: { name: 'Trung tâm', cutoff: null }, units })).toEqual({
      commune: 'xã Gia Phú',
      province: 'tỉnh Lào Cai',
    });
    expect(placeOf({ center: { name: 'Trung tâm', cutoff: null }, units: [] })).toEqual({
      commune: 'xã Gia Phú',
      province: 'tỉnh Lào Cai',
    });
  });
});
