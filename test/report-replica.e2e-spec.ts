import ExcelJS from 'exceljs';
import request from 'supertest';
import { toVietnamIso } from '@motcua/calendar';
import { migrate } from '@motcua/common';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import type { DossierClient } from './support/dossier-client';
import { startReplicaPair, type ReplicaPair } from './support/replica';

// The reports, exports and tracking book on a real streaming standby of a private primary; everything else on the
// primary. REPLICA_MAX_LAG_S is 8 here, so that a paused replay passes it within the suite.
const MAX_LAG_S = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This Vietnam calendar month, as a report period. */
function thisMonth(): { from: string; to: string } {
  const [y, m] = toVietnamIso(new Date()).slice(0, 7).split('-').map(Number);
  const month = (year: number, mo: number) =>
    `${year + Math.floor((mo - 1) / 12)}-${String(((mo - 1) % 12) + 1).padStart(2, '0')}-01T00:00:00+07:00`;
  return { from: month(y, m), to: month(y, m + 1) };
}

describe('reports on a read replica', () => {
  let pair: ReplicaPair | undefined;
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;
  const codes: string[] = [];
  const month = thisMonth();
  const period = `from=${encodeURIComponent(month.from)}&to=${encodeURIComponent(month.to)}`;
  const handling = async (extra = '') =>
    (await client.get('giamdoc.ttxa', `/reports/handling?${period}${extra}`)).body;
  const book = async () =>
    (await client.get('giamdoc.ttxa', `/forms/07.html?unit=mot-cua-xa&${period}`)).text;
  const receive = async (n: number): Promise<string> => {
    const { body } = await client.receive('letan.xa', '2.000908', {}, n);
    await client.started('letan.xa', body.code as string);
    codes.push(body.code as string);
    return body.code as string;
  };
  /** The applications connected to the suite's database on one server, as pg_stat_activity names them. */
  const applications = async (on: 'primary' | 'replica') =>
    (
      await pair!.sql<{ name: string }>(
        on,
        'postgres',
        `SELECT DISTINCT application_name AS name FROM pg_stat_activity
          WHERE datname = 'motcua' AND application_name LIKE 'motcua%' ORDER BY 1`,
      )
    ).map((r) => r.name);

  beforeAll(async () => {
    pair = await startReplicaPair();
    await pair.sql('primary', 'postgres', 'CREATE DATABASE motcua');
    process.env.DATABASE_URL = pair.primaryUrl('motcua');
    process.env.DATABASE_REPLICA_URL = pair.replicaUrl('motcua');
    process.env.REPLICA_MAX_LAG_S = String(MAX_LAG_S);
    await migrate(pair.primaryUrl('motcua'));
    e2e = await bootE2e({ worker: true });
    client = e2e.client;
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    pair?.stop();
  });

  it('reads the dossiers on the replica once it has replayed them, and only the reports connect there', async () => {
    await receive(1);
    await receive(2);
    await pair!.caughtUp();
    const report = await handling();
    expect(report.total.total).toBe(2);
    expect(report.readFrom).toEqual({ server: 'replica', lagSeconds: 0, fallback: null, note: null });
    expect(Date.now() - Date.parse(report.asOf)).toBeLessThan(5_000);
    // The api's own pool never reaches the standby; the reports' pool never reaches the primary.
    expect(await applications('replica')).toEqual(['motcua-replica']);
    expect(await applications('primary')).not.toContain('motcua-replica');
    const text = await book();
    for (const code of codes) expect(text).toContain(code);
  });

  it('while replay is paused, stands at the replica’s instant and prints its lag; state changes and dossier reads stay on the primary', async () => {
    await pair!.pauseReplay();
    const paused = Date.now();
    const newest = await receive(3); // reception and intake: state changes, committed on the primary
    expect((await client.get('letan.xa', `/dossiers/${newest}`)).body.status).not.toBe('accepted');
    await sleep(Math.max(0, 2_500 - (Date.now() - paused)));

    const report = await handling();
    expect(report.total.total).toBe(2);
    expect(report.readFrom.server).toBe('replica');
    expect(report.readFrom.lagSeconds).toBeGreaterThanOrEqual(2);
    expect(report.readFrom.lagSeconds).toBeLessThanOrEqual(MAX_LAG_S);
    expect(report.readFrom.note).toMatch(
      /^Số liệu đọc từ bản sao cơ sở dữ liệu, chậm \d+ giây so với máy chủ chính\.$/,
    );
    expect(Date.now() - Date.parse(report.asOf)).toBeGreaterThanOrEqual(
      report.readFrom.lagSeconds * 1000 - 1000,
    );

    const xlsx = await request(e2e!.api.getHttpServer())
      .get(`/api/v1/reports/handling?${period}&format=xlsx`)
      .set('Authorization', `Bearer ${await client.token('giamdoc.ttxa')}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    expect(String(workbook.getWorksheet('06-VPCP-KSTT')!.getCell('A5').value)).toMatch(
      /; số liệu tính đến \d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(bản sao dữ liệu chậm \d+ giây\)$/,
    );
    const text = await book();
    expect(text).not.toContain(newest);
    expect(text).toMatch(/Số liệu tính đến/);
    const indicators = (await client.get('giamdoc.ttxa', `/reports/indicators?${period}`)).body;
    expect(indicators.readFrom.server).toBe('replica');
    expect(indicators.indicators.find((i: { key: string }) => i.key === 'onTimeRate').denominator).toBe(2);
  });

  it('past REPLICA_MAX_LAG_S, reads the primary and says why', async () => {
    const report = await (async () => {
      for (;;) {
        const r = await handling();
        if (r.readFrom.fallback) return r;
        await sleep(500);
      }
    })();
    expect(report.total.total).toBe(3);
    expect(report.readFrom).toMatchObject({ server: 'primary', lagSeconds: 0, fallback: 'replica_lagging' });
    expect(report.readFrom.note).toMatch(
      /^Bản sao cơ sở dữ liệu chậm \d+ giây, quá 8 giây cho phép: số liệu đọc từ máy chủ chính\.$/,
    );
  });

  it('resumed, the replica catches up and shows the newest dossier', async () => {
    await pair!.resumeReplay();
    await pair!.caughtUp();
    const report = await handling();
    expect(report.total.total).toBe(3);
    expect(report.readFrom).toMatchObject({ server: 'replica', lagSeconds: 0, fallback: null });
    expect(await book()).toContain(codes[2]);
  });

  it('with the replica down, still answers from the primary', async () => {
    await pair!.stopReplica();
    const report = await handling();
    expect(report.total.total).toBe(3);
    expect(report.readFrom).toMatchObject({ server: 'primary', fallback: 'replica_unavailable' });
    expect(report.readFrom.note).toBe('Bản sao cơ sở dữ liệu không trả lời: số liệu đọc từ máy chủ chính.');
    const trend = (await client.get('giamdoc.ttxa', `/reports/trend?${period}`)).body;
    expect(trend.readFrom.fallback).toBe('replica_unavailable');
    expect(trend.points.at(-1).total).toBe(3);
    expect(await book()).toContain(codes[2]);
  });
});
