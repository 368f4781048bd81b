import { reportPeriod } from './report-period.rules';
import { buckets, periodBuckets } from './report-trend-buckets.rules';

const d = (s: string) => new Date(s);
const iso = (x: Date) => x.toISOString();

describe('trend buckets', () => {
  it('splits a period into Vietnam calendar months, clipped to the period', () => {
    const list = buckets(d('2026-09-15T00:00:00+07:00'), d('2026-11-10T00:00:00+07:00'), 'month', 10)!;
    expect(list.map((b) => b.label)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(iso(list[0].from)).toBe(iso(d('2026-09-15T00:00:00+07:00')));
    expect(iso(list[1].from)).toBe(iso(d('2026-10-01T00:00:00+07:00')));
    expect(iso(list[1].to)).toBe(iso(d('2026-11-01T00:00:00+07:00')));
    expect(iso(list[2].to)).toBe(iso(d('2026-11-10T00:00:00+07:00')));
  });

  it('starts weeks on Monday in Vietnam even when UTC is still on Sunday', () => {
    // 2026-10-05 00:30 in Vietnam is a Monday; in UTC it is Sunday 17:30.
    const list = buckets(d('2026-10-05T00:30:00+07:00'), d('2026-10-20T00:00:00+07:00'), 'week', 10)!;
    expect(list.map((b) => b.label)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19']);
    expect(iso(list[1].from)).toBe(iso(d('2026-10-12T00:00:00+07:00')));
  });

  it('refuses more buckets than allowed', () => {
    expect(
      buckets(d('2020-01-01T00:00:00+07:00'), d('2026-01-01T00:00:00+07:00'), 'week', 120),
    ).toBeUndefined();
    expect(
      buckets(d('2020-01-01T00:00:00+07:00'), d('2026-01-01T00:00:00+07:00'), 'month', 120),
    ).toHaveLength(72);
  });
});

describe('trend buckets of a running period', () => {
  it('ends at the instant the report is read: no interval after it, the running one judged there', () => {
    const now = d('2026-12-08T10:00:00+07:00');
    const list = periodBuckets(
      reportPeriod('2026-12-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00', now),
      'week',
      10,
    )!;
    expect(list.map((b) => b.label)).toEqual(['2026-11-30', '2026-12-07']);
    expect(iso(list[0].at)).toBe(iso(d('2026-12-07T00:00:00+07:00')));
    expect(iso(list[1].at)).toBe(iso(now));
    expect(list[1].to.getTime()).toBe(now.getTime() + 1);
  });

  it('judges every interval of a past period at its own end', () => {
    const list = periodBuckets(
      reportPeriod('2026-10-01T00:00:00+07:00', '2026-12-01T00:00:00+07:00', d('2027-01-05T00:00:00+07:00')),
      'month',
      10,
    )!;
    expect(list.map((b) => [b.label, iso(b.at)])).toEqual([
      ['2026-10', iso(d('2026-11-01T00:00:00+07:00'))],
      ['2026-11', iso(d('2026-12-01T00:00:00+07:00'))],
    ]);
  });
});
