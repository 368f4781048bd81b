import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Response as AgentResponse } from 'superagent';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { HANDLING_COLUMNS } from '@motcua/report';
import { query } from './support/app';
import { login } from './support/auth';
import { bootE2e, type E2e } from './support/boot-e2e';
import { pdfToText } from './support/pdf-text';

// The pack for 2025 of the commune (ubnd-xa), read in March 2026.
const NOW = new Date('2026-03-02T09:00:00+07:00');
const at = (local: string) => `2025-${local}:00+07:00`;
const HOUR_MS = 3_600_000;

const P1 = '1.001193'; // Đăng ký khai sinh, ubnd-xa, 1 working day
const P2 = '2.000908'; // Cấp bản sao từ sổ gốc, ubnd-xa, 1 working day
const PX = '2.000488'; // Lý lịch tư pháp, so-tu-phap: not the commune's

interface Row {
  n: number;
  procedure: string;
  unit: string;
  channel: 'online' | 'in_person';
  status: string;
  receivedAt: string;
  dueAt: string;
  finishedAt?: string;
  workingHours?: number;
}

const ROWS: Row[] = [
  // done early, 4 working hours
  {
    n: 1,
    procedure: P1,
    unit: 'mot-cua-xa',
    channel: 'online',
    status: 'done',
    receivedAt: at('03-03T08:00'),
    dueAt: at('03-04T08:00'),
    finishedAt: at('03-03T12:00'),
    workingHours: 3.5,
  },
  // done late, 10 working hours: over the 1-day limit
  {
    n: 2,
    procedure: P2,
    unit: 'mot-cua-xa',
    channel: 'in_person',
    status: 'done',
    receivedAt: at('05-05T08:00'),
    dueAt: at('05-05T17:00'),
    finishedAt: at('05-06T10:00'),
    workingHours: 10,
  },
  // done on time (the due day), 6 working hours
  {
    n: 3,
    procedure: P2,
    unit: 'mot-cua-xa',
    channel: 'online',
    status: 'done',
    receivedAt: at('06-02T08:00'),
    dueAt: at('06-02T17:00'),
    finishedAt: at('06-02T15:30'),
    workingHours: 6,
  },
  // pending at the year's end, overdue
  {
    n: 4,
    procedure: P2,
    unit: 'tu-phap-xa',
    channel: 'in_person',
    status: 'in_progress',
    receivedAt: at('12-29T08:00'),
    dueAt: at('12-29T17:00'),
  },
  // withdrawn in the year
  {
    n: 5,
    procedure: P1,
    unit: 'mot-cua-xa',
    channel: 'in_person',
    status: 'withdrawn',
    receivedAt: at('07-01T08:00'),
    dueAt: at('07-02T08:00'),
    finishedAt: at('07-01T10:00'),
  },
  // carried over from 2024, done early in 2025
  {
    n: 6,
    procedure: P1,
    unit: 'mot-cua-xa',
    channel: 'online',
    status: 'done',
    receivedAt: '2024-12-31T14:00:00+07:00',
    dueAt: at('01-02T14:00'),
    finishedAt: at('01-02T09:00'),
    workingHours: 4.5,
  },
  // received in 2026: not in the pack
  {
    n: 7,
    procedure: P2,
    unit: 'mot-cua-xa',
    channel: 'online',
    status: 'done',
    receivedAt: '2026-01-05T08:00:00+07:00',
    dueAt: '2026-01-05T17:00:00+07:00',
    finishedAt: '2026-01-05T11:00:00+07:00',
    workingHours: 3,
  },
  // another agency's procedure: not in the commune's pack
  {
    n: 8,
    procedure: PX,
    unit: 'so-tu-phap',
    channel: 'online',
    status: 'done',
    receivedAt: at('04-01T08:00'),
    dueAt: at('04-15T17:00'),
    finishedAt: at('04-10T08:00'),
    workingHours: 56,
  },
];

async function insertRows(rows: Row[]): Promise<void> {
  for (const r of rows) {
    const [{ id: versionId }] = await query<{ id: string }>(
      'SELECT id FROM procedure_version WHERE code = $1 ORDER BY revision DESC LIMIT 1',
      [r.procedure],
    );
    await query(
      `INSERT INTO dossier (code, procedure_code, procedure_version_id, receiving_unit, route_units, channel, status,
                            applicant, applicant_name, applicant_id_number, documents, received_at, clock_started_at,
                            due_at, finished_at, last_activity_at, working_ms)
       VALUES ($1, $2, $3, $4::varchar, ARRAY[$4::text], $5, $6, $7, 'Nguyễn Văn An', '001090000001', '[]', $8, $8, $9, $10, $8, $11)`,
      [
        `ISO-${r.n}`,
        r.procedure,
        versionId,
        r.unit,
        r.channel,
        r.status,
        JSON.stringify({
          fullName: 'Nguyễn Văn An',
          idNumber: '001090000001',
          phone: '0900000000',
          address: 'Gia Phú',
        }),
        r.receivedAt,
        r.dueAt,
        r.finishedAt ?? null,
        r.workingHours === undefined ? null : r.workingHours * HOUR_MS,
      ],
    );
  }
}

/** supertest parser keeping the body as bytes whatever its type. */
const binary = (res: AgentResponse, done: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the ISO review pack of an agency for a year', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await bootE2e({ clock: new ManualClock(NOW) });
    ({ api } = e2e);
    await insertRows(ROWS);
    for (const user of ['quantri', 'giamdoc.ttxa', 'iso.pvhcc', 'chanhvp.xa', 'tuphap.xa1'])
      tokens[user] = await login(api, user);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const pack = (params: string, user = 'giamdoc.ttxa') =>
    request(api.getHttpServer())
      .get(`/api/v1/improvement/review-pack?${params}`)
      .set('Authorization', `Bearer ${tokens[user]}`)
      .buffer(true)
      .parse(binary);
  const errorOf = (res: { body: Buffer }) =>
    JSON.parse(res.body.toString()) as { code: string; message: string };

  async function workbook(params: string, user?: string): Promise<ExcelJS.Workbook> {
    const res = await pack(params, user).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('ho-so-xem-xet-iso_ubnd-xa_2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    return book;
  }

  const rowsOf = (sheet: ExcelJS.Worksheet): unknown[][] =>
    sheet
      .getSheetValues()
      .slice(4)
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));

  it('counts the agency’s procedures as the periodic report (form 06) counts them for the same year', async () => {
    const report = await request(api.getHttpServer())
      .get('/api/v1/reports/handling')
      .query({ from: '2025-01-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00', groupBy: 'procedure' })
      .set('Authorization', `Bearer ${tokens.quantri}`)
      .expect(200);
    const book = await workbook('agency=ubnd-xa&year=2025&format=xlsx');
    const rows = rowsOf(book.getWorksheet('Thủ tục')!);
    // The commune's two procedures and the total; the Department of Justice's is not the commune's.
    expect(rows.map((r) => r[1])).toEqual([P1, P2, 'Tổng cộng']);
    const counts = (r: unknown[]) => r.slice(5, 5 + HANDLING_COLUMNS.length);
    for (const row of rows.slice(0, 2)) {
      const line = (report.body.rows as Array<Record<string, number> & { key: string }>).find(
        (l) => l.key === row[1],
      )!;
      expect(counts(row)).toEqual(HANDLING_COLUMNS.map((c) => line[c.field]));
    }
    expect(counts(rows[0]!)).toEqual([3, 1, 1, 1, 2, 1, 1, 0, 1, 0, 0, 0]);
    expect(counts(rows[1]!)).toEqual([3, 1, 2, 0, 2, 0, 1, 1, 0, 1, 0, 1]);
    // On time: (early + on time + pending within) / total, as Decision 766 counts it.
    expect(rows[0]![17]).toBe('66,67 %');
    expect(rows[1]![17]).toBe('33,33 %');
    // Over the limit of one working day: the 10-hour dossier.
    expect(rows[1]![20]).toBe(1);
  });

  it('flags the dossiers over the limit among the matters to review', async () => {
    const book = await workbook('agency=ubnd-xa&year=2025&format=xlsx');
    const flags = rowsOf(book.getWorksheet('Vấn đề cần xem xét')!);
    expect(flags).toContainEqual([
      expect.any(Number),
      P2,
      1,
      '',
      'Hồ sơ giải quyết vượt thời hạn',
      expect.stringContaining(
        '1 hồ sơ (50 % số hồ sơ đã giải quyết) có thời gian giải quyết vượt thời hạn 1 ngày làm việc',
      ),
    ]);
    expect(flags.some((f) => f[1] === PX)).toBe(false);
  });

  it('serves the same pack as an A4 PDF with the agency and the year on its cover', async () => {
    const res = await pack('agency=ubnd-xa&year=2025&format=pdf').expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain('ho-so-xem-xet-iso_ubnd-xa_2025.pdf');
    const text = (await pdfToText(res.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ GIA PHÚ');
    expect(text).toContain('NĂM 2025');
    expect(text).toContain('Kỳ xem xét: từ ngày 01/01/2025 đến hết ngày 31/12/2025');
    expect(text).toContain('Cấp bản sao từ sổ gốc');
    expect(text).not.toContain('Nguyễn Văn An');
  });

  it('stops a running year’s figures at now, and says so', async () => {
    const res = await pack('agency=ubnd-xa&year=2026&format=pdf').expect(200);
    expect((await pdfToText(res.body as Buffer)).replace(/\s+/g, ' ')).toContain(
      'số liệu tính đến 09:00 ngày 02/03/2026',
    );
  });

  it('lets the readers of improvement figures read the agencies of their units, and no one else', async () => {
    await pack('agency=ubnd-xa&year=2025&format=pdf', 'quantri').expect(200);
    await pack('agency=so-tu-phap&year=2025&format=pdf', 'iso.pvhcc').expect(200);
    const iso = await pack('agency=ubnd-xa&year=2025&format=pdf', 'iso.pvhcc').expect(403);
    expect(errorOf(iso).code).toBe('FORBIDDEN_UNIT');
    const head = await pack('agency=ubnd-xa&year=2025&format=pdf', 'chanhvp.xa').expect(403);
    expect(errorOf(head).code).toBe('FORBIDDEN_UNIT');
    await pack('agency=tu-phap-xa&year=2025&format=xlsx', 'chanhvp.xa').expect(200);
    const officer = await pack('agency=tu-phap-xa&year=2025&format=pdf', 'tuphap.xa1').expect(403);
    expect(errorOf(officer).code).toBe('FORBIDDEN_ROLE');
    await request(api.getHttpServer())
      .get('/api/v1/improvement/review-pack?agency=ubnd-xa&year=2025&format=pdf')
      .expect(401);
  });

  it.each([
    ['a year not begun', 'agency=ubnd-xa&year=2027&format=pdf', 'BAD_YEAR'],
    ['a year that is not one', 'agency=ubnd-xa&year=20x5&format=pdf', 'BAD_YEAR'],
    ['an unknown agency', 'agency=xa-khong-co&year=2025&format=pdf', 'UNKNOWN_AGENCY'],
  ])('refuses %s with 400 and a Vietnamese message', async (_, params, code) => {
    const res = await pack(params).expect(400);
    const body = errorOf(res);
    expect(body.code).toBe(code);
    expect(body.message).toMatch(/[ăâđêôơư]/);
  });

  it('refuses a format other than pdf and xlsx', async () => {
    expect(errorOf(await pack('agency=ubnd-xa&year=2025&format=doc').expect(400)).code).toBe(
      'VALIDATION_FAILED',
    );
  });
});
