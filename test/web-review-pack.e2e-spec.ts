import type { Browser } from 'playwright-core';
import { bootBrowserE2e, type BrowserE2e } from './support/boot-e2e';
import { expectAccessible, officeScreen, signIn } from './support/browser';

// A browser walk on a busy machine can take over a minute.
jest.setTimeout(120_000);

describe('the ISO review pack page in a real browser', () => {
  let e2e: BrowserE2e | undefined;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    e2e = await bootBrowserE2e();
    ({ browser, baseUrl } = e2e);
  }, 120_000);

  afterAll(() => e2e?.close());

  it('lets a center supervisor download the pack of the body the center serves as a PDF', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'giamdoc.ttxa');
    await page.getByRole('link', { name: 'Cải tiến ISO' }).click();
    await page.getByRole('link', { name: 'Hồ sơ xem xét ISO', exact: true }).click();
    await page.getByRole('heading', { name: 'Hồ sơ xem xét ISO' }).waitFor();
    // The agencies arrive from the organization file; the reader's starts selected.
    await page.waitForFunction("document.querySelector('#agency').value === 'ubnd-xa'");
    await expectAccessible(page, 'the review pack page');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bản PDF' }).click(),
    ]);
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    expect(download.suggestedFilename()).toBe(`ho-so-xem-xet-iso_ubnd-xa_${year}.pdf`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('says in Vietnamese when the agency is not the reader’s, and is not offered to reception', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'chanhvp.xa');
    await page.getByRole('link', { name: 'Cải tiến ISO' }).click();
    await page.getByRole('link', { name: 'Hồ sơ xem xét ISO', exact: true }).click();
    await page.waitForFunction("document.querySelector('#agency').value === 'tu-phap-xa'");
    await page.getByLabel('Cơ quan').selectOption('ubnd-xa');
    await page.getByRole('button', { name: 'Tải bản Excel' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'không được xem thông tin của đơn vị này',
    );
    await page.context().close();
    const desk = await officeScreen(browser);
    await signIn(desk, baseUrl, 'letan.xa');
    await expect(desk.getByRole('link', { name: 'Cải tiến ISO' }).count()).resolves.toBe(0);
    await desk.context().close();
  });
});
