import { Client } from 'pg';
import { loadCatalog } from '@motcua/catalog';
import { workingTimeSql } from '../libs/report/src/report-working-time.sql';

// The indicators sum working time in SQL on the calendar's table: it must be the calendar's, to the millisecond.
describe('working time in SQL', () => {
  const { catalog } = loadCatalog('workflows');
  const calendar = catalog!.calendar;
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  /** Working milliseconds of each pair, computed by PostgreSQL from the instants' ISO text. */
  async function inSql(pairs: Array<[string, string]>): Promise<{ ms: number; outside: boolean }[]> {
    const working = workingTimeSql(calendar, 3);
    const { rows } = await client.query<{ ms: string; outside: boolean }>(
      `SELECT (${working.between('v.s', 'v.f')})::bigint AS ms, (${working.outside('v.s')} OR ${working.outside('v.f')}) AS outside
         FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS v(s, f, n) ORDER BY v.n`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), ...working.params],
    );
    return rows.map((r) => ({ ms: Number(r.ms), outside: r.outside }));
  }

  it('equals workingMinutesBetween × 60,000 across the covered years, shift edges and sub-millisecond instants', async () => {
    const { fromYear, toYear } = calendar.coverage;
    const first = Date.parse(`${fromYear}-01-01T00:00:00+07:00`);
    const last = Date.parse(`${toYear + 1}-01-01T00:00:00+07:00`) - 1;
    let seed = 14;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const micro = () => `${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
    const iso = (ms: number) => new Date(ms).toISOString().replace('Z', `${micro()}Z`);
    const pairs: Array<[string, string]> = [
      ['2026-02-23T07:30:00+07:00', '2026-02-23T11:30:00+07:00'],
      ['2026-02-23T11:29:59.999+07:00', '2026-02-23T13:00:00.0005+07:00'],
      ['2026-02-27T16:59:59.9999+07:00', '2026-03-02T07:30:00.001+07:00'],
      ['2026-03-02T09:00:00+07:00', '2026-03-02T08:00:00+07:00'],
      [new Date(first).toISOString(), new Date(last).toISOString()],
    ];
    for (let i = 0; i < 3000; i++) {
      const start = first + Math.floor(random() * (last - first));
      const finish = Math.min(last, start + Math.floor(random() * 120 * 86_400_000) - 86_400_000);
      pairs.push([iso(start), iso(finish)]);
    }
    const sql = await inSql(pairs);
    const expected = pairs.map(([s, f]) => calendar.workingMinutesBetween(new Date(s), new Date(f)) * 60_000);
    expect(sql.map((r) => r.outside)).toEqual(pairs.map(() => false));
    expect(sql.map((r) => r.ms)).toEqual(expected.map((ms) => Math.round(ms)));
  });

  it('flags an instant outside the calendar, which workingMinutesBetween refuses', async () => {
    const before = `${calendar.coverage.fromYear - 1}-06-01T09:00:00+07:00`;
    const inside = `${calendar.coverage.fromYear}-06-01T09:00:00+07:00`;
    expect(() => calendar.workingMinutesBetween(new Date(before), new Date(inside))).toThrow(RangeError);
    expect((await inSql([[before, inside]]))[0].outside).toBe(true);
  });
});
