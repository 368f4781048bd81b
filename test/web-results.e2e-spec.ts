import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { selfSignedP12 } from '@motcua/result';
import { query } from './support/app';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { cspViolations, officeScreen, signIn, expectAccessible } from './support/browser';
import { DossierClient } from './support/dossier-client';

jest.setTimeout(150_000);

const dir = mkdtempSync(join(tmpdir(), 'motcua-web-results-'));
writeFileSync(
  join(dir, 'agency.p12'),
  selfSignedP12({ commonName: 'UBND xã Gia Phú', organization: 'Lào Cai', password: 'pw', now: new Date() }),
);
process.env.SIGNING_P12_PATH = join(dir, 'agency.p12');
process.env.SIGNING_P12_PASSWORD = 'pw';
process.env.FILES_DIR = join(dir, 'files');

describe('web console: the result recorded and signed at the signing step', () => {
  // Real time, so that "today" in the browser's date field and on the server agree.
  const clock = new ManualClock(new Date());
  let e2e: BrowserE2eWithWorker | undefined;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true });
    ({ client, baseUrl, browser } = e2e);
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the form to the signer only, signs the generated result and shows it', async () => {
    const receipt = await client.receive('letan.xa', '2.000908');
    const code = receipt.body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);

    const officer = await officeScreen(browser);
    await signIn(officer, baseUrl, 'tuphap.xa1');
    await officer.goto(`${baseUrl}/ho-so/${code}`);
    const officerPanel = officer.getByTestId('result-panel');
    await officerPanel.getByText('Chưa có kết quả điện tử').waitFor();
    expect(await officer.getByLabel('Số văn bản').count()).toBe(0);
    await officer.context().close();

    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'chutich.xa');
    await page.goto(`${baseUrl}/ho-so/${code}`);
    await page.getByLabel('Số văn bản').fill('21/BS-UBND');
    await page.getByLabel('Người ký', { exact: true }).fill('Trần Văn Bình');
    await page.getByLabel('Chức vụ người ký').fill('Chủ tịch');
    await page.getByRole('button', { name: 'Ký số và lưu' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Nhập nội dung kết quả');
    await page.getByLabel('Nội dung kết quả').fill('Cấp bản sao từ sổ gốc cho người yêu cầu.');
    await page.getByRole('button', { name: 'Ký số và lưu' }).click();
    await page.getByText('Đã ghi kết quả, ký số.').waitFor();
    const panel = page.getByTestId('result-panel');
    await panel.getByText('Số 21/BS-UBND').waitFor();
    await expectAccessible(page, 'the dossier page with its signed result');
    await expect(panel.textContent()).resolves.toContain('Chủ tịch Trần Văn Bình');

    // The signed PDF opens in a new tab, its download logged.
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Xem kết quả đã ký số (PDF)' }).click(),
    ]);
    await tab.waitForURL(/^blob:/);
    const logged = await query(`SELECT 1 FROM access_log WHERE dossier_code = $1 AND kind = 'result'`, [
      code,
    ]);
    expect(logged).toHaveLength(1);
    const [row] = await query<{ source: string; number: string }>(
      `SELECT r.source, r.number FROM dossier_result r JOIN dossier d ON d.id = r.dossier_id WHERE d.code = $1`,
      [code],
    );
    expect(row).toEqual({ source: 'template', number: '21/BS-UBND' });
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });
});
