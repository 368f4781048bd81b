import { dailyCounter, dossierCode } from './dossier-code.rules';
import { DossierException } from './dossier.exception';

describe('dailyCounter', () => {
  it('counts per agency and Vietnam-local day', () => {
    expect(dailyCounter('000.21.31.H38', new Date('2026-12-05T16:59:59Z'))).toEqual({
      agencyId: '000.21.31.H38',
      day: '2026-12-05',
      prefix: '000.21.31.H38-261205-',
    });
    expect(dailyCounter('000.21.31.H38', new Date('2026-12-05T17:00:00Z')).day).toBe('2026-12-06');
  });

  it('writes the number in four digits', () => {
    const counter = dailyCounter('H38', new Date('2026-01-02T03:00:00Z'));
    expect(dossierCode(counter, 7)).toBe('H38-260102-0007');
    expect(dossierCode(counter, 9999)).toBe('H38-260102-9999');
  });

  it('gives the 10,000th dossier of a day no code: 409 DAILY_SEQUENCE_EXHAUSTED, naming the agency and day', () => {
    const counter = dailyCounter('H38', new Date('2026-01-02T03:00:00Z'));
    const refused = (() => {
      try {
        return dossierCode(counter, 10_000);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(DossierException);
    expect(refused).toMatchObject({
      code: 'DAILY_SEQUENCE_EXHAUSTED',
      status: 409,
      details: { agencyId: 'H38', day: '2026-01-02' },
    });
  });
});
