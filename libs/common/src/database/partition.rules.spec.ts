import {
  addMonths,
  legacyUpperBound,
  monthOf,
  monthRange,
  monthsToEnsure,
  parseBound,
  parseMonth,
  whollyBefore,
} from './partition.rules';

describe('monthly partitions', () => {
  it('start months at midnight in Vietnam, so a report period reads whole partitions', () => {
    const range = monthRange('dossier_event', { year: 2026, month: 1 });
    expect(range.name).toBe('dossier_event_p202601');
    expect(range.from.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-01-31T17:00:00.000Z');
  });

  it('put an instant in its Vietnamese month, not its UTC one', () => {
    expect(monthOf(new Date('2026-01-31T17:00:00Z'))).toEqual({ year: 2026, month: 2 });
    expect(monthOf(new Date('2026-01-31T16:59:59.999Z'))).toEqual({ year: 2026, month: 1 });
  });

  it('roll months over years both ways', () => {
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('are ensured from the current month to three months ahead', () => {
    const names = monthsToEnsure('outbox', new Date('2026-11-20T03:00:00Z')).map((r) => r.name);
    expect(names).toEqual(['outbox_p202611', 'outbox_p202612', 'outbox_p202701', 'outbox_p202702']);
  });

  it('leave the attached old table room for the rows written while the migration runs', () => {
    expect(legacyUpperBound(new Date('2026-12-06T18:00:00Z'), null)).toEqual({ year: 2027, month: 1 });
    // within a day of the month's end: one more month
    expect(legacyUpperBound(new Date('2026-12-31T10:00:00Z'), null)).toEqual({ year: 2027, month: 2 });
    // a row dated later than now (a timer set ahead) moves the bound past it
    expect(legacyUpperBound(new Date('2026-12-06T18:00:00Z'), new Date('2027-03-02T00:00:00Z'))).toEqual({
      year: 2027,
      month: 4,
    });
  });

  it('read the bounds PostgreSQL prints, in any session time zone', () => {
    expect(parseBound("FOR VALUES FROM ('2026-01-01 00:00:00+07') TO ('2026-02-01 00:00:00+07')")).toEqual({
      from: new Date('2025-12-31T17:00:00Z'),
      to: new Date('2026-01-31T17:00:00Z'),
    });
    expect(parseBound("FOR VALUES FROM (MINVALUE) TO ('2025-12-31 17:00:00+00')")).toEqual({
      from: null,
      to: new Date('2025-12-31T17:00:00Z'),
    });
    expect(parseBound('DEFAULT')).toBe('default');
  });

  it('archive only partitions wholly before the month asked for, never the default one', () => {
    const january = parseMonth('2026-01')!;
    const december = monthRange('outbox', { year: 2025, month: 12 });
    expect(whollyBefore({ from: december.from, to: december.to }, january)).toBe(true);
    const jan = monthRange('outbox', january);
    expect(whollyBefore({ from: jan.from, to: jan.to }, january)).toBe(false);
    expect(whollyBefore('default', january)).toBe(false);
  });

  it('take months as YYYY-MM only', () => {
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('2026-1')).toBeNull();
    expect(parseMonth('2026-09')).toEqual({ year: 2026, month: 9 });
  });
});
