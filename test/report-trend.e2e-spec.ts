import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';
import { login } from './support/auth';

const at = (local: string) => `2026-${local}:00+07:00`;

interface Row {
  n: string;
  procedure: string;
  unit: string;
  status: string;
  receivedAt: string;
  dueAt: string | null;
  finishedAt?: string;
  clock?: boolean;
  stepUnit?: string;
  flags?: Partial<Record<'overdue' | 'step_overdue' | 'stalled' | 'due_soon', string>>;
}

// Every expected number below follows from these rows; months are September and October 2026.
const ROWS: Row[] = [
  // A: done on time in September
  {
    n: 'A',
    procedure: '2.000908',
    unit: 'mot-cua-xa',
    status: 'done',
    receivedAt: at('09-10T08:00'),
    dueAt: at('09-20T17:00'),
    finishedAt: at('09-15T08:00'),
  },
  // B: pending within the deadline at the end of September, done late in October
  {
    n: 'B',
    procedure: '2.000908',
    unit: 'mot-cua-xa',
    status: 'done',
    receivedAt: at('09-25T08:00'),
    dueAt: at('10-05T17:00'),
    finishedAt: at('10-08T08:00'),
  },
  // C: received in October, overdue at its end; flagged overdue in its officer's step
  {
    n: 'C',
    procedure: '2.000908',
    unit: 'mot-cua-xa',
    status: 'in_progress',
    receivedAt: at('10-10T08:00'),
    dueAt: at('10-20T17:00'),
    stepUnit: 'tu-phap-xa',
    flags: { overdue: at('10-20T17:00'), step_overdue: at('10-15T17:00') },
  },
  // D: received in October, within the deadline; due soon
  {
    n: 'D',
    procedure: '2.000908',
    unit: 'mot-cua-xa',
    status: 'in_progress',
    receivedAt: at('10-12T08:00'),
    dueAt: at('11-10T17:00'),
    stepUnit: 'tu-phap-xa',
    flags: { due_soon: at('10-30T08:00') },
  },
  // E: withdrawn in October: counted in the total, neither on time nor late
  {
    n: 'E',
    procedure: '2.000908',
    unit: 'mot-cua-xa',
    status: 'withdrawn',
    receivedAt: at('10-15T08:00'),
    dueAt: at('10-25T17:00'),
    finishedAt: at('10-16T08:00'),
  },
  // F: submitted online, never accepted: no clock, not in the rates; open at the receiving unit
  {
    n: 'F',
    procedure: '1.001193',
    unit: 'mot-cua-xa',
    status: 'submitted',
    receivedAt: at('10-10T08:00'),
    dueAt: null,
    clock: false,
  },
  // G: overdue since 30 September and still pending; stalled
  {
    n: 'G',
    procedure: '1.001193',
    unit: 'mot-cua-xa',
    status: 'in_progress',
    receivedAt: at('09-28T08:00'),
    dueAt: at('09-30T17:00'),
    flags: { overdue: at('09-30T17:00'), stalled: at('10-05T08:00') },
  },
];

async function insertRows(): Promise<void> {
  for (const r of ROWS) {
    const [{ id: versionId }] = await query<{ id: string }>(
      'SELECT id FROM procedure_version WHERE code = $1 ORDER BY revision DESC LIMIT 1',
      [r.procedure],
    );
    const applicant = {
      fullName: 'Trần Thị Bình',
      idNumber: '001090000002',
      phone: '0900000001',
      address: 'Lào Cai',
    };
    await query(
      `INSERT INTO dossier (code, procedure_code, procedure_version_id, receiving_unit, route_units, channel, status,
                            applicant, applicant_name, applicant_id_number, documents, received_at, clock_started_at,
                            due_at, finished_at, last_activity_at, step_owner_unit, flag_overdue_at,
                            flag_step_overdue_at, flag_stalled_at, flag_due_soon_at)
       VALUES ($1, $2, $3, $4::varchar, ARRAY[$4::text], 'in_person', $5, $6, 'Trần Thị Bình', '001090000002', '[]',
               $7, $8, $9, $10, $7, $11, $12, $13, $14, $15)`,
      [
        `TREND-${r.n}`,
        r.procedure,
        versionId,
        r.unit,
        r.status,
        JSON.stringify(applicant),
        r.receivedAt,
        r.clock === false ? null : r.receivedAt,
        r.dueAt,
        r.finishedAt ?? null,
        r.stepUnit ?? null,
        r.flags?.overdue ?? null,
        r.flags?.step_overdue ?? null,
        r.flags?.stalled ?? null,
        r.flags?.due_soon ?? null,
      ],
    );
  }
}

describe('reports: on-time trend and open backlog', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  let supervisor: string;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api } = e2e);
    await insertRows();
    supervisor = await login(api, 'giamdoc.ttxa');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const get = (path: string, token = supervisor) =>
    request(api.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
  const period = (from: string, to: string, extra = '') =>
    `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`;

  it('gives the on-time rate of each calendar month', async () => {
    const res = await get(`/reports/trend?${period(at('09-01T00:00'), at('11-01T00:00'))}`).expect(200);
    expect(res.body.interval).toBe('month');
    expect(res.body.points).toEqual([
      {
        label: '2026-09',
        from: at('09-01T00:00'),
        to: at('10-01T00:00'),
        total: 3,
        onTime: 2,
        late: 1,
        onTimeRate: 66.67,
      },
      {
        label: '2026-10',
        from: at('10-01T00:00'),
        to: at('11-01T00:00'),
        total: 5,
        onTime: 1,
        late: 3,
        onTimeRate: 20,
      },
    ]);
  });

  it('agrees with the Decision 766 indicator for the same month', async () => {
    const trend = await get(`/reports/trend?${period(at('10-01T00:00'), at('11-01T00:00'))}`).expect(200);
    const indicators = await get(
      `/reports/indicators?${period(at('10-01T00:00'), at('11-01T00:00'))}`,
    ).expect(200);
    const onTime = (
      indicators.body.indicators as Array<{
        key: string;
        value: number;
        numerator: number;
        denominator: number;
      }>
    ).find((i) => i.key === 'onTimeRate')!;
    expect(trend.body.points[0]).toMatchObject({
      onTime: onTime.numerator,
      total: onTime.denominator,
      onTimeRate: onTime.value,
    });
  });

  it('gives weeks from Monday, clipped to the period, with empty weeks at zero', async () => {
    const res = await get(
      `/reports/trend?${period(at('10-05T00:00'), at('10-27T00:00'), '&interval=week')}`,
    ).expect(200);
    expect(
      res.body.points.map((p: { label: string; total: number; onTime: number; late: number }) => [
        p.label,
        p.total,
        p.onTime,
        p.late,
      ]),
    ).toEqual([
      ['2026-10-05', 3, 1, 2],
      ['2026-10-12', 4, 2, 1],
      ['2026-10-19', 3, 1, 2],
      ['2026-10-26', 3, 1, 2],
    ]);
    expect(res.body.points[3].to).toBe(at('10-27T00:00'));
    const empty = await get(
      `/reports/trend?${period('2025-01-01T00:00:00+07:00', '2025-01-15T00:00:00+07:00', '&interval=week')}`,
    ).expect(200);
    expect(
      empty.body.points.every(
        (p: { total: number; onTimeRate: number | null }) => p.total === 0 && p.onTimeRate === null,
      ),
    ).toBe(true);
  });

  it('refuses bad periods and intervals with 400, and other roles with 403', async () => {
    expect(
      (await get(`/reports/trend?${period(at('11-01T00:00'), at('10-01T00:00'))}`).expect(400)).body.code,
    ).toBe('BAD_PERIOD');
    expect(
      (
        await get(
          `/reports/trend?${period('2000-01-01T00:00:00+07:00', '2026-01-01T00:00:00+07:00', '&interval=week')}`,
        ).expect(400)
      ).body.code,
    ).toBe('TOO_MANY_BUCKETS');
    await get(`/reports/trend?${period(at('09-01T00:00'), at('11-01T00:00'), '&interval=day')}`).expect(400);
    await get('/reports/trend?from=yesterday&to=today').expect(400);
    await get('/reports/trend').expect(400);
    const officer = await login(api, 'tuphap.xa1');
    await get(`/reports/trend?${period(at('09-01T00:00'), at('11-01T00:00'))}`, officer).expect(403);
    await get('/reports/backlog', officer).expect(403);
  });

  it('counts open dossiers and their flags by current unit and by procedure', async () => {
    const res = await get('/reports/backlog').expect(200);
    const row = (open: number, overdue: number, stepOverdue: number, stalled: number, dueSoon: number) => ({
      open,
      overdue,
      stepOverdue,
      stalled,
      dueSoon,
    });
    expect(res.body.byUnit).toEqual([
      { key: 'mot-cua-xa', label: 'Trung tâm Phục vụ hành chính công xã Gia Phú', ...row(2, 1, 0, 1, 0) },
      {
        key: 'tu-phap-xa',
        label: 'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)',
        ...row(2, 1, 1, 0, 1),
      },
    ]);
    expect(res.body.byProcedure).toEqual([
      { key: '1.001193', label: expect.any(String), ...row(2, 1, 0, 1, 0) },
      { key: '2.000908', label: 'Cấp bản sao từ sổ gốc', ...row(2, 1, 1, 0, 1) },
    ]);
    expect(res.body.total).toEqual({ key: 'total', label: 'total', ...row(4, 2, 1, 1, 1) });
  });
});
