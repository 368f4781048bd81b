import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';
import { login } from './support/auth';

// October 2026 in Hà Nội: no public holiday; 5 October is a Monday.
const FROM = '2026-10-01T00:00:00+07:00';
const TO = '2026-11-01T00:00:00+07:00';
const at = (local: string) => `2026-${local}:00+07:00`;

const P1 = '1.001193'; // Hộ tịch
const P3 = '1.000894'; // Hộ tịch
const P2 = '2.000908'; // Chứng thực
const U1 = 'mot-cua-xa';
const U2 = 'tu-phap-xa';

interface Row {
  n: number;
  unit: string;
  procedure: string;
  channel: 'online' | 'in_person' | 'post';
  status: string;
  receivedAt: string;
  dueAt: string | null;
  finishedAt?: string;
  clock?: boolean;
  paused?: boolean;
  rating?: { overall: number; ratedAt: string };
}

// Every cell of the expected reports below follows from these rows (period [1 Oct, 1 Nov)).
const ROWS: Row[] = [
  // early: finished Thursday, due Friday; 3 working days
  {
    n: 1,
    unit: U1,
    procedure: P1,
    channel: 'online',
    status: 'done',
    receivedAt: at('10-05T08:00'),
    dueAt: at('10-09T17:00'),
    finishedAt: at('10-08T08:00'),
    rating: { overall: 2, ratedAt: at('10-09T09:00') },
  },
  // on time: the due day in Vietnam (still the 8th in UTC); 4 working days
  {
    n: 2,
    unit: U1,
    procedure: P1,
    channel: 'in_person',
    status: 'done',
    receivedAt: at('10-05T08:00'),
    dueAt: at('10-09T17:00'),
    finishedAt: at('10-09T06:00'),
    rating: { overall: 5, ratedAt: at('10-10T09:00') },
  },
  // late; 4 working days
  {
    n: 3,
    unit: U1,
    procedure: P2,
    channel: 'post',
    status: 'done',
    receivedAt: at('10-06T08:00'),
    dueAt: at('10-09T17:00'),
    finishedAt: at('10-12T08:00'),
  },
  // pending within the deadline
  {
    n: 4,
    unit: U2,
    procedure: P2,
    channel: 'online',
    status: 'in_progress',
    receivedAt: at('10-20T08:00'),
    dueAt: at('11-05T17:00'),
  },
  // pending overdue, supplemented once
  {
    n: 5,
    unit: U2,
    procedure: P1,
    channel: 'in_person',
    status: 'in_progress',
    receivedAt: at('10-20T08:00'),
    dueAt: at('10-23T17:00'),
    paused: true,
  },
  // carried over, pending overdue
  {
    n: 6,
    unit: U2,
    procedure: P1,
    channel: 'online',
    status: 'in_progress',
    receivedAt: at('09-20T08:00'),
    dueAt: at('10-01T12:00'),
  },
  // carried over, resolved early; 4 working days (Fri, Mon, Tue, Wed)
  {
    n: 7,
    unit: U1,
    procedure: P2,
    channel: 'in_person',
    status: 'done',
    receivedAt: at('09-25T08:00'),
    dueAt: at('10-02T17:00'),
    finishedAt: at('10-01T08:00'),
  },
  // finished before the period: not counted (its low rating is outside the period too)
  {
    n: 8,
    unit: U1,
    procedure: P1,
    channel: 'online',
    status: 'done',
    receivedAt: at('09-10T08:00'),
    dueAt: at('09-25T17:00'),
    finishedAt: at('09-20T08:00'),
    rating: { overall: 1, ratedAt: at('09-21T09:00') },
  },
  // received after the period: not counted
  {
    n: 9,
    unit: U2,
    procedure: P2,
    channel: 'online',
    status: 'done',
    receivedAt: at('11-02T08:00'),
    dueAt: at('11-05T17:00'),
    finishedAt: at('11-03T08:00'),
  },
  // withdrawn in the period
  {
    n: 10,
    unit: U2,
    procedure: P2,
    channel: 'online',
    status: 'withdrawn',
    receivedAt: at('10-15T08:00'),
    dueAt: at('10-20T17:00'),
    finishedAt: at('10-16T08:00'),
  },
  // done after the period: pending within the deadline at its end
  {
    n: 11,
    unit: U1,
    procedure: P3,
    channel: 'in_person',
    status: 'done',
    receivedAt: at('10-28T08:00'),
    dueAt: at('11-03T17:00'),
    finishedAt: at('11-02T10:00'),
  },
  // submitted online, never accepted: its clock never started, not counted
  {
    n: 12,
    unit: U1,
    procedure: P1,
    channel: 'online',
    status: 'submitted',
    receivedAt: at('10-10T08:00'),
    dueAt: null,
    clock: false,
  },
  // waiting for a supplement, overdue at the end
  {
    n: 13,
    unit: U2,
    procedure: P2,
    channel: 'in_person',
    status: 'awaiting_supplement',
    receivedAt: at('10-22T08:00'),
    dueAt: at('10-29T17:00'),
    paused: true,
  },
];

async function insertRows(rows: Row[]): Promise<void> {
  for (const r of rows) {
    const [{ id: versionId }] = await query<{ id: string }>(
      'SELECT id FROM procedure_version WHERE code = $1 ORDER BY revision DESC LIMIT 1',
      [r.procedure],
    );
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO dossier (code, procedure_code, procedure_version_id, receiving_unit, route_units, channel, status,
                            applicant, applicant_name, applicant_id_number, documents, received_at, clock_started_at,
                            due_at, finished_at, last_activity_at)
       VALUES ($1, $2, $3, $4::varchar, ARRAY[$4::text], $5, $6, $7, 'Nguyễn Văn An', '001090000001', '[]', $8, $9, $10, $11, $8)
       RETURNING id`,
      [
        `RPT-${r.n}`,
        r.procedure,
        versionId,
        r.unit,
        r.channel,
        r.status,
        JSON.stringify({
          fullName: 'Nguyễn Văn An',
          idNumber: '001090000001',
          phone: '0900000000',
          address: 'Hà Nội',
        }),
        r.receivedAt,
        r.clock === false ? null : r.receivedAt,
        r.dueAt,
        r.finishedAt ?? null,
      ],
    );
    if (r.paused)
      await query(
        `INSERT INTO dossier_pause (dossier_id, reason, started_at) VALUES ($1, 'thiếu giấy tờ', $2)`,
        [id, r.receivedAt],
      );
    if (r.rating)
      await query(
        `INSERT INTO dossier_rating (dossier_id, procedure_code, receiving_unit, overall, on_time, staff_attitude, guidance, rated_at)
         VALUES ($1, $2, $3, $4, 3, 3, 3, $5)`,
        [id, r.procedure, r.unit, r.rating.overall, r.rating.ratedAt],
      );
  }
}

// total, online, in person/post, carried over, early, on time, late, closed other, within deadline, overdue
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
const TOTAL = counts([10, 3, 5, 2, 2, 1, 1, 1, 2, 3]);

describe('reports: form 06/VPCP/KSTT and Decision 766 indicators', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  let supervisor: string;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api } = e2e);
    await insertRows(ROWS);
    // The rows are the commune's: its center's supervisor reads them (the provincial one would see none).
    supervisor = await login(api, 'giamdoc.ttxa');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const get = (path: string, token = supervisor) =>
    request(api.getHttpServer()).get(`/api/v1/reports/${path}`).set('Authorization', `Bearer ${token}`);
  const period = `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;

  it('counts every cell by receiving unit, with a total row', async () => {
    const res = await get(`handling?${period}&groupBy=unit`).expect(200);
    expect(res.body).toEqual({
      from: '2026-10-01T00:00:00+07:00',
      to: '2026-11-01T00:00:00+07:00',
      asOf: '2026-11-01T00:00:00+07:00',
      // No DATABASE_REPLICA_URL: read on the primary, with nothing to say about it.
      readFrom: { server: 'primary', lagSeconds: 0, fallback: null, note: null },
      groupBy: 'unit',
      rows: [
        {
          key: U1,
          label: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
          ...counts([5, 1, 3, 1, 2, 1, 1, 0, 1, 0]),
        },
        {
          key: U2,
          label: 'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)',
          ...counts([5, 2, 2, 1, 0, 0, 0, 1, 1, 3]),
        },
      ],
      total: TOTAL,
      apologies: { issued: 0, late: 0 },
    });
  });

  it('counts every cell by procedure, named', async () => {
    const res = await get(`handling?${period}&groupBy=procedure`).expect(200);
    expect(res.body.rows).toEqual([
      { key: P3, label: 'Đăng ký kết hôn', ...counts([1, 0, 1, 0, 0, 0, 0, 0, 1, 0]) },
      { key: P1, label: 'Đăng ký khai sinh', ...counts([4, 1, 2, 1, 1, 1, 0, 0, 0, 2]) },
      { key: P2, label: 'Cấp bản sao từ sổ gốc', ...counts([5, 2, 2, 1, 1, 0, 1, 1, 1, 1]) },
    ]);
    expect(res.body.total).toEqual(TOTAL);
  });

  it('counts every cell by field', async () => {
    const res = await get(`handling?${period}&groupBy=field`).expect(200);
    expect(res.body.rows).toEqual([
      { key: 'Chứng thực', label: 'Chứng thực', ...counts([5, 2, 2, 1, 1, 0, 1, 1, 1, 1]) },
      { key: 'Hộ tịch', label: 'Hộ tịch', ...counts([5, 1, 3, 1, 1, 1, 0, 0, 1, 2]) },
    ]);
    expect(res.body.total).toEqual(TOTAL);
  });

  it('exports CSV with Vietnamese headings', async () => {
    const res = await get(`handling?${period}&groupBy=unit&format=csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'STT,Đơn vị tiếp nhận,Tên,Tổng số hồ sơ nhận giải quyết,Tiếp nhận trực tuyến,' +
        'Tiếp nhận trực tiếp và dịch vụ bưu chính,Kỳ trước chuyển sang,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,' +
        'Từ chối, rút, dừng xử lý,Đang giải quyết,Còn hạn,Quá hạn (đang giải quyết)'.replace(
          'Từ chối, rút, dừng xử lý',
          '"Từ chối, rút, dừng xử lý"',
        ),
    );
    expect(lines[2]).toBe(
      `2,${U2},Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch),5,2,2,1,0,0,0,0,1,4,1,3`,
    );
    expect(lines[3]).toBe(',Tổng cộng,,10,3,5,2,4,2,1,1,1,5,2,3');
    expect(lines).toHaveLength(4);
  });

  it('exports XLSX that parses back', async () => {
    const res = await get(`handling?${period}&groupBy=procedure&format=xlsx`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(
      /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('06-VPCP-KSTT')!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect([sheet.getCell('A1').value, sheet.getCell('A2').value]).toEqual([
      'ỦY BAN NHÂN DÂN XÃ GIA PHÚ',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ GIA PHÚ',
    ]);
    expect(sheet.getCell('A5').value).toMatch(
      /^Kỳ báo cáo: từ ngày \d\d\/\d\d\/\d{4} đến hết ngày \d\d\/\d\d\/\d{4}$/,
    );
    expect(row(8)).toEqual(
      expect.arrayContaining([
        'Thủ tục hành chính',
        'Tiếp nhận trực tuyến',
        'Trước hạn',
        'Đúng hạn',
        'Quá hạn',
        'Còn hạn',
        'Kỳ trước chuyển sang',
      ]),
    );
    expect(row(10)).toEqual([2, P1, 'Đăng ký khai sinh', 4, 1, 2, 1, 2, 1, 1, 0, 0, 2, 0, 2]);
    expect(row(12)).toEqual(['', 'Tổng cộng', '', 10, 3, 5, 2, 4, 2, 1, 1, 1, 5, 2, 3]);
    expect(sheet.rowCount).toBe(12);
  });

  // Working days are 07:30–11:30 and 13:00–17:00 (480 minutes). Dossier 1: Monday 08:00 to Thursday 08:00 =
  // 3 days; dossier 2: Monday 08:00 to Friday 06:00 = 450 + 3 × 480 minutes = 3.9375 days; mean 3.47 (rounded).
  // Dossiers 3 and 7: 08:00 to 08:00 four working days later = 4 days each.
  it('computes the Decision 766 indicators, each with its formula', async () => {
    const res = await get(`indicators?${period}`).expect(200);
    const byKey = Object.fromEntries((res.body.indicators as Array<{ key: string }>).map((i) => [i.key, i]));
    expect(byKey.onTimeRate).toMatchObject({ value: 50, numerator: 5, denominator: 10 });
    expect(byKey.onlineRate).toMatchObject({ value: 37.5, numerator: 3, denominator: 8 });
    expect(byKey.supplementRate).toMatchObject({ value: 25, numerator: 2, denominator: 8 });
    expect(byKey.lateRate).toMatchObject({ value: 40, numerator: 4, denominator: 10 });
    expect(byKey.lowRatingRate).toMatchObject({ value: 10, numerator: 1, denominator: 10 });
    expect(byKey.satisfaction).toMatchObject({ value: 50 });
    for (const i of res.body.indicators as Array<{ formula: string }>)
      expect(i.formula.length).toBeGreaterThan(10);
    expect(res.body.averageProcessingTime).toEqual([
      { procedureCode: P1, procedureName: 'Đăng ký khai sinh', count: 2, averageWorkingDays: 3.47 },
      { procedureCode: P2, procedureName: 'Cấp bản sao từ sổ gốc', count: 2, averageWorkingDays: 4 },
    ]);
  });

  it('averages the working time written at the finish, and computes it for a dossier done before that column', async () => {
    // The fixture rows carry none: the averages above were computed on the calendar.
    const done = await query<{ id: string }>(
      `SELECT id FROM dossier WHERE procedure_code = $1 AND status = 'done' AND finished_at >= $2 AND finished_at < $3
        ORDER BY code`,
      [P2, FROM, TO],
    );
    expect(done).toHaveLength(2);
    const DAY_MS = 8 * 3_600_000;
    const write = (id: string, days: number | null) =>
      query('UPDATE dossier SET working_ms = $2 WHERE id = $1', [id, days === null ? null : days * DAY_MS]);
    const average = async (): Promise<number> => {
      const res = await get(`indicators?${period}`).expect(200);
      const rows = res.body.averageProcessingTime as Array<{
        procedureCode: string;
        averageWorkingDays: number;
      }>;
      expect(rows.find((r) => r.procedureCode === P1)?.averageWorkingDays).toBe(3.47);
      return rows.find((r) => r.procedureCode === P2)!.averageWorkingDays;
    };
    try {
      await write(done[0].id, 2);
      await write(done[1].id, 3);
      expect(await average()).toBe(2.5);
      // One written, one computed: moving the written one by 4 days moves the average by 2.
      await write(done[1].id, null);
      const withTwo = await average();
      await write(done[0].id, 6);
      expect(await average()).toBeCloseTo(withTwo + 2, 2);
    } finally {
      for (const { id } of done) await write(id, null);
    }
    expect(await average()).toBe(4);
  });

  it('is for supervisors and admins only', async () => {
    const reception = await login(api, 'letan.xa');
    await get(`handling?${period}`, reception).expect(403);
    await get(`indicators?${period}`, reception).expect(403);
  });

  it("counts only the supervisor's own center: the provincial supervisor sees none of the commune's dossiers", async () => {
    const province = await login(api, 'giamdoc.pvhcc');
    const handling = await get(`handling?${period}`, province).expect(200);
    expect(handling.body.rows).toEqual([]);
    expect(handling.body.total).toEqual(counts([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const indicators = await get(`indicators?${period}`, province).expect(200);
    expect(indicators.body.averageProcessingTime).toEqual([]);
    const admin = await get(`handling?${period}`, await login(api, 'quantri')).expect(200);
    expect(admin.body.total.total).toBe(TOTAL.total);
  });

  it('refuses a bad date, an empty period or an unknown grouping', async () => {
    await get(`handling?from=yesterday&to=${encodeURIComponent(TO)}`).expect(400);
    await get(`handling?from=${encodeURIComponent(TO)}&to=${encodeURIComponent(FROM)}`).expect(400);
    await get(`handling?${period}&groupBy=agency`).expect(400);
    await get(`handling?${period}&format=pdf`).expect(400);
    await get(`indicators?to=${encodeURIComponent(TO)}`).expect(400);
  });
});
