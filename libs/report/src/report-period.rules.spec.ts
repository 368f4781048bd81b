import { ReportErrorCode, ReportException } from './report.exception';
import { isPartial, readPeriod, reportPeriod } from './report-period.rules';

const d = (s: string) => new Date(s);
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof ReportException ? e.code : 'other';
  }
  return undefined;
};

describe('reportPeriod: pending dossiers are judged at the earlier of the period end and now', () => {
  const DEC = '2026-12-01T00:00:00+07:00';
  const JAN = '2027-01-01T00:00:00+07:00';

  it('judges "this month so far" at now', () => {
    const now = d('2026-12-07T10:00:00+07:00');
    const p = reportPeriod(DEC, JAN, now);
    expect(p.asOf.toISOString()).toBe(now.toISOString());
    expect(p.to.toISOString()).toBe(d(JAN).toISOString());
    expect(isPartial(p)).toBe(true);
    // What happened at the very instant of the reading is counted: the bound is just after it.
    expect(p.end.getTime()).toBe(now.getTime() + 1);
  });

  it('judges a past period at its end, whenever it is read', () => {
    for (const now of ['2027-01-01T00:00:00+07:00', '2027-03-15T09:00:00+07:00']) {
      const p = reportPeriod(DEC, JAN, d(now));
      expect(p.asOf.toISOString()).toBe(d(JAN).toISOString());
      expect(p.end.toISOString()).toBe(d(JAN).toISOString());
      expect(isPartial(p)).toBe(false);
    }
  });

  it('does not share the caller clock object', () => {
    const now = d('2026-12-07T10:00:00+07:00');
    const p = reportPeriod(DEC, JAN, now);
    now.setUTCFullYear(2030);
    expect(p.asOf.toISOString()).toBe('2026-12-07T03:00:00.000Z');
  });

  it('refuses a period that has not begun: its figures would be predictions', () => {
    expect(codeOf(() => reportPeriod(JAN, '2027-02-01T00:00:00+07:00', d('2026-12-07T10:00:00+07:00')))).toBe(
      ReportErrorCode.PeriodNotStarted,
    );
    expect(codeOf(() => reportPeriod(DEC, JAN, d(DEC)))).toBe(ReportErrorCode.PeriodNotStarted);
  });

  it('refuses bad instants and empty or reversed periods', () => {
    const now = d('2026-12-07T10:00:00+07:00');
    expect(codeOf(() => reportPeriod('yesterday', JAN, now))).toBe(ReportErrorCode.BadPeriod);
    expect(codeOf(() => reportPeriod(JAN, DEC, now))).toBe(ReportErrorCode.BadPeriod);
    expect(codeOf(() => reportPeriod(DEC, DEC, now))).toBe(ReportErrorCode.BadPeriod);
  });
});

describe('readPeriod: a period read on data that lags', () => {
  const now = new Date('2026-12-07T10:00:00+07:00');
  const running = reportPeriod('2026-12-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00', now);

  it('judges a running period at the data’s instant and counts nothing after it', () => {
    const p = readPeriod(running, now, 42_000);
    expect(p.asOf.toISOString()).toBe('2026-12-07T02:59:18.000Z');
    expect(p.end.getTime()).toBe(p.asOf.getTime() + 1);
    expect(p.from).toEqual(running.from);
    expect(p.to).toEqual(running.to);
  });

  it('leaves the period as it is without lag, and a past period the data already covers', () => {
    expect(readPeriod(running, now, 0)).toEqual(running);
    const november = reportPeriod('2026-11-01T00:00:00+07:00', '2026-12-01T00:00:00+07:00', now);
    expect(readPeriod(november, now, 60_000)).toEqual(november);
  });

  it('cuts a period that ended less than the lag ago at the data’s instant', () => {
    const justEnded = reportPeriod('2026-12-07T09:00:00+07:00', '2026-12-07T09:59:50+07:00', now);
    expect(readPeriod(justEnded, now, 30_000).asOf.toISOString()).toBe('2026-12-07T02:59:30.000Z');
  });

  it('judges a period begun after the data’s instant at its start', () => {
    const fresh = reportPeriod('2026-12-07T09:59:50+07:00', '2026-12-08T00:00:00+07:00', now);
    expect(readPeriod(fresh, now, 60_000).asOf).toEqual(fresh.from);
  });
});
