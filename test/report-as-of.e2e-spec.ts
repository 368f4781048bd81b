import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';
import { login } from './support/auth';

// Reports read at Monday 7 December 2026, 10:00 in Hà Nội: December is "this month so far".
const NOW = '2026-12-07T10:00:00+07:00';
const at = (local: string) => `2026-${local}:00+07:00`;
const DEC = { from: at('12-01T00:00'), to: '2027-01-01T00:00:00+07:00' };
const NOV = { from: at('11-01T00:00'), to: at('12-01T00:00') };

interface Row {
  n: string;
  channel: 'online' | 'in_person';
  status: string;
  receivedAt: string;
  dueAt: string;
  finishedAt?: string;
}

const ROWS: Row[] = [
  // received this morning, due on Thursday: within the deadline now, whatever the month's end
  {
    n: 'M1',
    channel: 'in_person',
    status: 'in_progress',
    receivedAt: at('12-07T07:45'),
    dueAt: at('12-10T17:00'),
  },
  {
    n: 'M2',
    channel: 'in_person',
    status: 'in_progress',
    receivedAt: at('12-07T08:30'),
    dueAt: at('12-10T17:00'),
  },
  {
    n: 'M3',
    channel: 'online',
    status: 'in_progress',
    receivedAt: at('12-07T08:00'),
    dueAt: at('12-08T17:00'),
  },
  // carried over from November and overdue since 3 December
  {
    n: 'O1',
    channel: 'in_person',
    status: 'in_progress',
    receivedAt: at('11-25T08:00'),
    dueAt: at('12-03T17:00'),
  },
  // received and done early in December
  {
    n: 'F1',
    channel: 'in_person',
    status: 'done',
    receivedAt: at('12-02T08:00'),
    dueAt: at('12-04T17:00'),
    finishedAt: at('12-03T09:00'),
  },
  // overdue at the end of November, done late in December
  {
    n: 'N1',
    channel: 'in_person',
    status: 'done',
    receivedAt: at('11-20T08:00'),
    dueAt: at('11-27T17:00'),
    finishedAt: at('12-04T09:00'),
  },
];

async function insertRow(r: Row): Promise<void> {
  const [{ id: versionId }] = await query<{ id: string }>(
    `SELECT id FROM procedure_version WHERE code = '2.000908' ORDER BY revision DESC LIMIT 1`,
  );
  await query(
    `INSERT INTO dossier (code, procedure_code, procedure_version_id, receiving_unit, route_units, channel, status,
                          applicant, applicant_name, applicant_id_number, documents, received_at, clock_started_at,
                          due_at, finished_at, last_activity_at)
     VALUES ($1, '2.000908', $2, 'mot-cua-xa', ARRAY['mot-cua-xa'], $3, $4, $5, 'Lê Văn Cường', '001090000003',
             '[]', $6, $6, $7, $8, $6)`,
    [
      `ASOF-${r.n}`,
      versionId,
      r.channel,
      r.status,
      JSON.stringify({
        fullName: 'Lê Văn Cường',
        idNumber: '001090000003',
        phone: '0900000003',
        address: 'Lào Cai',
      }),
      r.receivedAt,
      r.dueAt,
      r.finishedAt ?? null,
    ],
  );
}

const counts = (c: number[]) => {
  const [total, on, off, carried, early, onTime, late, other, within, overdue] = c;
  return {
    total,
    receivedOnline: on,
    receivedOffline: off,
    carriedOver: carried,
    resolved: early + onTime + late,
    resolvedEarly: early,
    resolvedOnTime: onTime,
    resolvedLate: late,
    closedOther: other,
    pending: within + overdue,
    pendingWithinDeadline: within,
    pendingOverdue: overdue,
  };
};

describe('reports judged at the earlier of the period end and now', () => {
  const clock = new ManualClock(new Date(NOW));
  let e2e: E2e | undefined;
  let api: INestApplication;
  let supervisor: string;

  beforeAll(async () => {
    e2e = await bootE2e({ clock });
    ({ api } = e2e);
    for (const r of ROWS) await insertRow(r);
    supervisor = await login(api, 'giamdoc.ttxa');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const get = (path: string) =>
    request(api.getHttpServer()).get(`/api/v1/reports/${path}`).set('Authorization', `Bearer ${supervisor}`);
  const period = (p: { from: string; to: string }, extra = '') =>
    `from=${encodeURIComponent(p.from)}&to=${encodeURIComponent(p.to)}${extra}`;
  const indicator = (body: { indicators: Array<{ key: string }> }, key: string) =>
    body.indicators.find((i) => i.key === key);

  it('does not call the dossiers received this morning overdue in "this month so far"', async () => {
    const res = await get(`handling?${period(DEC)}`).expect(200);
    expect(res.body).toMatchObject({ from: DEC.from, to: DEC.to, asOf: NOW });
    expect(res.body.total).toEqual(counts([6, 1, 3, 2, 1, 0, 1, 0, 3, 1]));
  });

  it('gives the indicators of the month so far', async () => {
    const res = await get(`indicators?${period(DEC)}`).expect(200);
    expect(res.body.asOf).toBe(NOW);
    expect(indicator(res.body, 'lateRate')).toMatchObject({ value: 33.33, numerator: 2, denominator: 6 });
    expect(indicator(res.body, 'onTimeRate')).toMatchObject({ value: 66.67, numerator: 4, denominator: 6 });
    expect(indicator(res.body, 'satisfaction')).toMatchObject({ value: 66.67 });
  });

  it('predicts nothing for the weeks ahead: the trend stops at now', async () => {
    const weeks = await get(`trend?${period(DEC, '&interval=week')}`).expect(200);
    expect(weeks.body.asOf).toBe(NOW);
    expect(weeks.body.points).toEqual([
      {
        label: '2026-11-30',
        from: DEC.from,
        to: at('12-07T00:00'),
        total: 3,
        onTime: 1,
        late: 2,
        onTimeRate: 33.33,
      },
      { label: '2026-12-07', from: at('12-07T00:00'), to: NOW, total: 4, onTime: 3, late: 1, onTimeRate: 75 },
    ]);
    const month = await get(`trend?${period(DEC)}`).expect(200);
    expect(month.body.points).toEqual([
      { label: '2026-12', from: DEC.from, to: NOW, total: 6, onTime: 4, late: 2, onTimeRate: 66.67 },
    ]);
  });

  it('exports the same figures and says where they stop', async () => {
    const csv = await get(`handling?${period(DEC, '&format=csv')}`).expect(200);
    expect(csv.headers['content-disposition']).toContain('_tinh-den-2026-12-07T1000.csv');
    expect(csv.text.trim().split('\r\n').at(-1)).toBe(',Tổng cộng,,6,1,3,2,2,1,0,1,0,4,3,1');
    const xlsx = await get(`handling?${period(DEC, '&format=xlsx')}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('06-VPCP-KSTT')!;
    expect(sheet.getCell('A5').value).toBe(
      'Kỳ báo cáo: từ ngày 01/12/2026 đến hết ngày 31/12/2026; số liệu tính đến 10:00 ngày 07/12/2026',
    );
    expect((sheet.getRow(sheet.rowCount).values as unknown[]).slice(4)).toEqual([
      6, 1, 3, 2, 2, 1, 0, 1, 0, 4, 3, 1,
    ]);
  });

  it('refuses a period that has not begun, rather than predicting it', async () => {
    const january = { from: DEC.to, to: '2027-02-01T00:00:00+07:00' };
    for (const path of ['handling', 'indicators', 'trend']) {
      const res = await get(`${path}?${period(january)}`).expect(400);
      expect(res.body.code).toBe('PERIOD_NOT_STARTED');
      expect(res.body.message).toMatch(/chưa bắt đầu/);
    }
  });

  it('reads a past period the same after its dossiers finish, and judges it at its end', async () => {
    const before = await get(`handling?${period(NOV)}`).expect(200);
    expect(before.body.asOf).toBe(NOV.to);
    expect(before.body.total).toEqual(counts([2, 0, 2, 0, 0, 0, 0, 0, 1, 1]));
    await query(`UPDATE dossier SET status = 'done', finished_at = $1 WHERE code = 'ASOF-O1'`, [NOW]);
    const after = await get(`handling?${period(NOV)}`).expect(200);
    expect(after.body.total).toEqual(before.body.total);

    // Once December is over, its open dossiers are judged at its end: the ones due on the 8th and 10th are late.
    clock.set(new Date('2027-01-05T09:00:00+07:00'));
    const december = await get(`handling?${period(DEC)}`).expect(200);
    expect(december.body.asOf).toBe(DEC.to);
    expect(december.body.total).toEqual(counts([6, 1, 3, 2, 1, 0, 2, 0, 0, 3]));
  });

  it('counts what happens at the very instant it is read, and calls nothing late at its due instant', async () => {
    clock.set(new Date(NOW));
    const before = (await get(`handling?${period(DEC)}`).expect(200)).body.total;
    await insertRow({ n: 'NOW', channel: 'in_person', status: 'in_progress', receivedAt: NOW, dueAt: NOW });
    const after = (await get(`handling?${period(DEC)}`).expect(200)).body.total;
    expect(after).toEqual({
      ...before,
      total: before.total + 1,
      receivedOffline: before.receivedOffline + 1,
      pending: before.pending + 1,
      pendingWithinDeadline: before.pendingWithinDeadline + 1,
    });
  });
});
