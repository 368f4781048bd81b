import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { selfSignedP12 } from '@motcua/result';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { cspViolations, horizontalOverflow } from './support/browser';
import { DossierClient } from './support/dossier-client';

// The three parts of a dossier's papers met on the citizen's phone: the fee paid at the desk, the result signed by
// the head of the economic division, and the signed PDF downloaded from the page once it is handed over.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const HOUR = 3_600_000;
const PORT = 19848;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'e2e-citizen-signing';
const dir = mkdtempSync(join(tmpdir(), 'motcua-citizen-papers-'));
writeFileSync(
  join(dir, 'agency.p12'),
  selfSignedP12({
    commonName: 'Ủy ban nhân dân xã Gia Phú',
    organization: 'Tỉnh Lào Cai',
    password: PASSWORD,
    now: MONDAY_8AM,
  }),
);
process.env.SIGNING_P12_PATH = join(dir, 'agency.p12');
process.env.SIGNING_P12_PASSWORD = PASSWORD;
process.env.FILES_DIR = join(dir, 'files');
process.env.PUBLIC_BASE_URL = BASE;
jest.setTimeout(120_000);

describe("the citizen's page shows the fee paid and gives the signed result", () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: BrowserE2eWithWorker | undefined;
  let api: INestApplication;
  let browser: Browser;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true, listen: PORT });
    ({ api, client, browser } = e2e);
  }, 90_000);

  afterAll(async () => {
    await e2e?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('from unpaid to paid, then the signed result downloaded and verified', async () => {
    const received = await client.receive('letan.xa', '1.001612');
    const code = received.body.code as string;
    const key = received.body.lookupKey as string;
    await client.started('letan.xa', code);

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.goto(`${BASE}/tra-cuu?code=${code}&key=${key}`);
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    const body = () => page.locator('main').textContent();
    // The page looks the dossier up after it loads: read it once the dossier is shown, not the "looking up" line.
    const reloaded = async () => {
      await page.reload();
      await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    };
    await expect(body()).resolves.toContain('Lệ phí đăng ký hộ kinh doanh');
    await expect(body()).resolves.toContain('chưa nộp');

    const paid = await client.post('letan.xa', `/dossiers/${code}/payments`, {
      amount: 100000,
      method: 'cash',
      receiptNumber: 'BL-CT-0001',
    });
    expect(paid.status).toBe(201);
    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    clock.advance(HOUR);
    expect((await client.act('kinhte.xa1', code, 'submit')).status).toBe(200);
    clock.advance(HOUR);
    const recorded = await client.post('truongphong.kt', `/dossiers/${code}/result`, {
      kind: 'result',
      number: '27/GCN-HKD',
      documentDate: '2026-11-23',
      signerName: 'Trịnh Văn Sơn',
      signerTitle: 'Trưởng phòng Kinh tế',
      decision: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh.',
    });
    expect(recorded.status).toBe(201);
    expect((await client.act('truongphong.kt', code, 'approve')).status).toBe(200);

    // Ready, not yet returned: the result is named, the PDF is not given yet.
    await reloaded();
    await expect(body()).resolves.toContain('đã nộp');
    await expect(body()).resolves.toContain('Văn bản số 27/GCN-HKD');
    expect(await page.getByRole('link', { name: /Tải/ }).count()).toBe(0);

    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');
    await reloaded();
    const timeline = (await page.getByRole('region', { name: 'Quá trình xử lý' }).textContent())!;
    expect(timeline).toContain('Nộp phí, lệ phí');
    expect(timeline).not.toContain('Trịnh Văn Sơn');
    const link = page.getByRole('link', { name: /Tải/ });
    const href = await link.getAttribute('href');
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();

    // What the link gives is the signed PDF, and the public verifier accepts it as the agency's.
    const pdf = await request(api.getHttpServer())
      .get(href!)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const verified = await request(api.getHttpServer())
      .post('/api/v1/public/results/verify')
      .set('Content-Type', 'application/pdf')
      .send(pdf.body as Buffer);
    expect(verified.body).toMatchObject({ valid: true, agencyCertificate: true });
    expect(cspViolations).toEqual([]);
  });
});
