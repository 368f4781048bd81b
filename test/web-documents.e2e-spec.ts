import type { Browser } from 'playwright-core';
import { query } from './support/app';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { cspViolations, officeScreen, screenshot, signIn, expectAccessible } from './support/browser';
import { DossierClient } from './support/dossier-client';
import { PDF, PNG } from './support/documents';

jest.setTimeout(150_000);

describe("the console's documents panel in a real browser", () => {
  let e2e: BrowserE2eWithWorker | undefined;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;
  let code: string;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ worker: true });
    ({ client, baseUrl, browser } = e2e);
    const res = await client.receive('letan.xa', '2.000908', {}, 1);
    code = res.body.code as string;
    await client.started('letan.xa', code);
  }, 120_000);

  afterAll(() => e2e?.close());

  it('lets reception upload a scan, open it in the page viewer and check it against the paper', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    await page.goto(`${baseUrl}/ho-so/${code}`);
    await page.getByRole('heading', { name: 'Tệp hồ sơ' }).waitFor();
    const component = page.getByTestId('component').first();
    await component.getByText('Chưa số hóa').waitFor();

    await component.getByLabel('Đính kèm bản quét').setInputFiles([
      { name: 'Trang 1 tờ khai.png', mimeType: 'image/png', buffer: PNG },
      { name: 'Tờ khai.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await page.getByRole('status').filter({ hasText: 'Đã đính kèm 2 tệp.' }).waitFor();
    const files = component.getByTestId('dossier-file');
    await files.filter({ hasText: 'Tờ khai.pdf' }).waitFor();
    await files.filter({ hasText: 'Trang 1 tờ khai.png' }).waitFor();
    await expect(files.count()).resolves.toBe(2);

    // The image, fetched with the session's token, shown from a blob URL.
    await files.filter({ hasText: 'Trang 1 tờ khai.png' }).getByRole('button', { name: 'Xem' }).click();
    const viewer = page.getByTestId('file-viewer');
    const image = viewer.getByRole('img', { name: 'Trang 1 tờ khai.png' });
    await image.waitFor();
    await expect(image.getAttribute('src')).resolves.toMatch(/^blob:/);
    await page.waitForFunction("document.querySelector('[data-testid=file-viewer] img').naturalWidth === 1");
    await expectAccessible(page, 'documents-viewer');
    await screenshot(page, 'documents-viewer');
    await viewer.getByRole('button', { name: 'Đóng' }).click();
    await expect(viewer.count()).resolves.toBe(0);

    // The PDF in the browser's viewer, in a frame of the page.
    await files.filter({ hasText: 'Tờ khai.pdf' }).getByRole('button', { name: 'Xem' }).click();
    await expect(page.locator('[data-testid=file-viewer] iframe').getAttribute('src')).resolves.toMatch(
      /^blob:/,
    );

    // Each opening is a download in the access log.
    const logged = await query<{ n: string }>(
      `SELECT count(*) AS n FROM access_log WHERE kind = 'file' AND username = 'letan.xa'`,
    );
    expect(Number(logged[0].n)).toBe(2);

    await files
      .filter({ hasText: 'Trang 1 tờ khai.png' })
      .getByRole('checkbox', { name: 'Đã đối chiếu bản giấy' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Đã xác nhận tệp khớp bản giấy.' }).waitFor();
    await component.getByText('Đã số hóa').waitFor();
    await page.getByText('Hồ sơ đã được số hóa đầy đủ.').waitFor();
    await expect(
      files
        .filter({ hasText: 'Trang 1 tờ khai.png' })
        .getByRole('checkbox', { name: 'Đã đối chiếu bản giấy' })
        .isChecked(),
    ).resolves.toBe(true);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('shows a refused file in Vietnamese and offers no upload to an officer not holding the step', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    await page.goto(`${baseUrl}/ho-so/${code}`);
    const component = page.getByTestId('component').first();
    await component
      .getByLabel('Đính kèm bản quét')
      .setInputFiles([
        { name: 'gia.pdf', mimeType: 'application/pdf', buffer: Buffer.from('không phải PDF') },
      ]);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('không phải PDF, JPEG hoặc PNG');
    await page.context().close();

    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const officer = await officeScreen(browser);
    await signIn(officer, baseUrl, 'tuphap.xa1');
    await officer.goto(`${baseUrl}/ho-so/${code}`);
    await officer.getByRole('heading', { name: 'Tệp hồ sơ' }).waitFor();
    await officer.getByTestId('dossier-file').first().waitFor();
    await expect(officer.getByLabel('Đính kèm bản quét').count()).resolves.toBe(0);
    await officer
      .getByLabel('Đính kèm tài liệu xử lý của bước này')
      .setInputFiles([{ name: 'Dự thảo.pdf', mimeType: 'application/pdf', buffer: PDF }]);
    await officer.getByRole('status').filter({ hasText: 'Đã đính kèm 1 tệp.' }).waitFor();
    await officer.getByText('Dự thảo.pdf').waitFor();
    await officer.context().close();
  });
});
