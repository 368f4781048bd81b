import ExcelJS from 'exceljs';
import type { Response as AgentResponse } from 'superagent';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { HANDLING_COLUMNS } from '@motcua/report';
import { login } from './support/auth';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import type { DossierClient } from './support/dossier-client';

// October 2026 in Lào Cai: no public holiday; 5 October is a Monday. 2.000908's ISO table: receive 2 h,
// appraise 3 h, sign 2 h, release 1 h; one working day in all.
const at = (local: string) => new Date(`2026-10-${local}:00+07:00`);
const P = '2.000908';

const binary = (res: AgentResponse, done: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the ISO review pack of dossiers worked step by step', () => {
  const clock = new ManualClock(at('05T08:00'));
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;
  let book: ExcelJS.Workbook;

  const act = async (when: Date, user: string, code: string, action: string, body = {}) => {
    clock.set(when);
    expect((await client.act(user, code, action, body)).status).toBe(200);
  };
  const receive = async (when: Date, n: number): Promise<string> => {
    clock.set(when);
    const { body } = await client.receive('letan.xa', P, {}, n);
    await client.started('letan.xa', body.code as string);
    return body.code as string;
  };

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    client = e2e.client;
    // A: done the same day, appraised late (4 h against 3 h).
    const a = await receive(at('05T08:00'), 1);
    await act(at('05T09:00'), 'letan.xa', a, 'forward');
    await act(at('05T14:00'), 'tuphap.xa1', a, 'submit', { comment: 'Đủ điều kiện' });
    await act(at('05T15:00'), 'chutich.xa', a, 'sign');
    await act(at('05T16:00'), 'letan.xa', a, 'hand_over');
    // B: a day at appraisal, finished late.
    const b = await receive(at('05T08:30'), 2);
    await act(at('05T09:00'), 'letan.xa', b, 'forward');
    await act(at('06T09:00'), 'tuphap.xa2', b, 'submit', { comment: 'Đủ điều kiện' });
    await act(at('06T10:00'), 'chutich.xa', b, 'sign');
    await act(at('06T10:30'), 'letan.xa', b, 'hand_over');
    clock.set(new Date('2026-11-02T08:00:00+07:00'));
    const token = await login(e2e.api, 'giamdoc.ttxa');
    const res = await request(e2e.api.getHttpServer())
      .get('/api/v1/improvement/review-pack?agency=ubnd-xa&year=2026&format=xlsx')
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ExcelJS.Buffer);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const rowsOf = (sheet: string): unknown[][] =>
    book
      .getWorksheet(sheet)!
      .getSheetValues()
      .slice(4)
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));

  it('holds the step analytics of the agency’s procedures for the year, as GET /improvement/steps gives them', async () => {
    const res = await client.get(
      'giamdoc.ttxa',
      '/improvement/steps?from=2026-01-01&to=2026-12-31&agency=ubnd-xa',
    );
    expect(res.status).toBe(200);
    const figures = res.body.steps as Array<{ stepName: string; handOvers: number }>;
    const rows = rowsOf('Phân tích bước');
    expect(rows.map((r) => [r[1], r[3], r[6]])).toEqual(figures.map((f) => [P, f.stepName, f.handOvers]));
    const appraise = rows.find((r) => r[3] === 'Thẩm định hồ sơ, đối chiếu sổ gốc, lập bản sao')!;
    // Allotted 3 h; 3.5 h (lunch left out) and 8 h (a working day) actually: both late; the median between them.
    expect(appraise.slice(5, 10)).toEqual(['3 giờ', 2, '5,8 giờ', '7,6 giờ', '100 %']);
  });

  it('flags the appraisal step whose median exceeds its allotted time', () => {
    expect(rowsOf('Vấn đề cần xem xét')).toContainEqual([
      expect.any(Number),
      P,
      1,
      'appraise',
      'Trung vị thời gian của bước vượt quy định',
      expect.stringContaining('quy trình quy định 3 giờ, trung vị thời gian thực tế 5,8 giờ (2 lượt chuyển)'),
    ]);
  });

  it('counts the dossiers of the procedure as the periodic report does', async () => {
    const res = await client.get(
      'giamdoc.ttxa',
      `/reports/handling?from=${encodeURIComponent('2026-01-01T00:00:00+07:00')}&to=${encodeURIComponent('2027-01-01T00:00:00+07:00')}&groupBy=procedure`,
    );
    expect(res.status).toBe(200);
    const line = (res.body.rows as Array<Record<string, number> & { key: string }>).find((l) => l.key === P)!;
    const row = rowsOf('Thủ tục').find((r) => r[1] === P)!;
    expect(row.slice(5, 5 + HANDLING_COLUMNS.length)).toEqual(HANDLING_COLUMNS.map((c) => line[c.field]));
    expect(line).toMatchObject({ resolved: 2, resolvedLate: 1 });
  });
});
