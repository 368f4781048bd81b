import type { Browser } from 'playwright-core';
import { bootBrowserE2e, type BrowserE2e } from './support/boot-e2e';
import { officeScreen, screenshot, signIn } from './support/browser';
import { threeOctoberDossiers } from './support/simulation-data';

jest.setTimeout(150_000);

describe('web console: simulating a draft revision of a procedure', () => {
  let e2e: BrowserE2e | undefined;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    e2e = await bootBrowserE2e();
    ({ baseUrl, browser } = e2e);
    await threeOctoberDossiers();
  }, 120_000);

  afterAll(() => e2e?.close());

  it('lets a center supervisor start from the current file, drop a step and read the replay beside what happened', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'giamdoc.ttxa');
    await page.getByRole('link', { name: 'Cải tiến ISO' }).click();
    await page.getByRole('link', { name: 'Mô phỏng quy trình', exact: true }).click();
    await page.getByRole('heading', { name: 'Mô phỏng quy trình' }).waitFor();
    await page.getByLabel('Thủ tục').selectOption('2.000908');
    await page.getByRole('button', { name: 'Lấy quy trình hiện hành làm bản nháp' }).click();
    const draft = page.getByLabel('Tệp quy trình dự thảo (YAML)');
    await page.waitForFunction("document.querySelector('#draft').value.includes('id: sign')");
    const current = await draft.inputValue();
    const withoutSign = current
      .replace('version: 1', 'version: 2')
      .replace('submit: sign', 'submit: release');
    await draft.fill(
      withoutSign.slice(0, withoutSign.indexOf('  - id: sign')) +
        withoutSign.slice(withoutSign.indexOf('  - id: release')),
    );
    await page.getByLabel('Từ ngày').fill('01/10/2026');
    await page.getByLabel('Đến ngày').fill('31/10/2026');
    await page.getByRole('button', { name: 'Mô phỏng', exact: true }).click();

    await page.locator('[data-check]').waitFor();
    await expect(page.locator('[data-check]').textContent()).resolves.toMatch(
      /^Kiểm tra mô hình: (đạt|không đạt)/,
    );
    const actual = page.getByRole('row', { name: /^Thực tế/ });
    await expect(actual.getByRole('cell').first().textContent()).resolves.toBe('3');
    await page.getByRole('rowheader', { name: 'Mô phỏng dự thảo (phiên bản 2)' }).waitFor();
    await expect(page.getByRole('cell', { name: 'Ký bản sao' }).count()).resolves.toBe(0);
    await screenshot(page, '40-simulation');
    await page.context().close();
  });

  it('shows an invalid draft’s errors by line, in Vietnamese', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'quantri');
    await page.getByRole('link', { name: 'Cải tiến ISO' }).click();
    await page.getByRole('link', { name: 'Mô phỏng quy trình', exact: true }).click();
    await page.getByLabel('Thủ tục').selectOption('2.000908');
    await page.getByRole('button', { name: 'Lấy quy trình hiện hành làm bản nháp' }).click();
    await page.waitForFunction("document.querySelector('#draft').value.length > 0");
    const draft = page.getByLabel('Tệp quy trình dự thảo (YAML)');
    await draft.fill((await draft.inputValue()).replace('submit: sign', 'submit: nowhere'));
    await page.getByRole('button', { name: 'Mô phỏng', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Tệp quy trình dự thảo không hợp lệ').waitFor();
    await expect(alert.textContent()).resolves.toMatch(/draft\.yaml:\d+/);
    await page.context().close();
  });

  it('is not offered to reception', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    await expect(page.getByRole('link', { name: 'Cải tiến ISO' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl}/mo-phong`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    await page.context().close();
  });
});
