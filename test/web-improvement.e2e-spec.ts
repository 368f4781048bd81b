import type { Browser } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { expectAccessible, horizontalOverflow, officeScreen, screenshot, signIn } from './support/browser';
import type { DossierClient } from './support/dossier-client';

jest.setTimeout(180_000);

const OFFICER = 'Đặng Thị Hương';
const at = (local: string) => new Date(`2026-10-${local}:00+07:00`);

describe('the process improvement page', () => {
  const clock = new ManualClock(at('05T08:00'));
  let e2e: BrowserE2eWithWorker | undefined;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;

  const act = async (when: Date, user: string, code: string, action: string, body = {}) => {
    clock.set(when);
    expect((await client.act(user, code, action, body)).status).toBe(200);
  };

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true });
    ({ client, baseUrl, browser } = e2e);
    // A dossier a day at appraisal (3 working hours in the ISO table), finished late.
    const code = (await client.receive('letan.xa', '2.000908', {}, 1)).body.code as string;
    await client.started('letan.xa', code);
    await act(at('05T09:00'), 'letan.xa', code, 'forward');
    await act(at('06T09:00'), 'tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' });
    await act(at('06T10:00'), 'chutich.xa', code, 'sign');
    await act(at('06T10:30'), 'letan.xa', code, 'hand_over');
    // The browser's "today" and the server's agree again.
    clock.set(new Date());
  }, 120_000);

  afterAll(() => e2e?.close());

  it.each([1366, 390])(
    'shows a supervisor the bottleneck, the step table, the trend and the download at %i px',
    async (width) => {
      const page = await officeScreen(browser, width);
      await signIn(page, baseUrl, 'giamdoc.ttxa');
      await page.getByRole('link', { name: 'Cải tiến ISO' }).click();
      await page.getByRole('heading', { name: 'Cải tiến quy trình' }).waitFor();
      await page.getByLabel('Từ ngày').fill('01/10/2026');
      await page.getByLabel('Đến ngày').fill('31/10/2026');
      await page.getByRole('button', { name: 'Xem số liệu' }).click();
      await page
        .getByText(
          'Quy trình ISO quy định 3 giờ cho bước Thẩm định hồ sơ, đối chiếu sổ gốc, lập bản sao; ' +
            'trung vị thực tế 1 ngày làm việc; 100 % hồ sơ trễ hạn bị trễ ở bước này.',
        )
        .waitFor();
      const appraisal = page.locator('table.report tr', { hasText: 'Thẩm định hồ sơ' });
      await expect(appraisal.locator('td.over-iso').textContent()).resolves.toBe('1 ngày');
      await expect(appraisal.locator('td').nth(3).textContent()).resolves.toBe('3 giờ');
      // Figures per officer are a head's alone.
      expect(await page.getByRole('region', { name: 'Bảng theo từng cán bộ' }).count()).toBe(0);
      await page.locator('.chart-box canvas').waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, `the improvement page at ${width} px`);
      await screenshot(page, `40-improvement-${width}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Xuất Excel các bước' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('thoi-gian-cac-buoc-2026-10-01-2026-10-31.xlsx');
      await page.context().close();
    },
  );

  it("shows a head their officers' figures", async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'chanhvp.xa');
    await page.getByRole('link', { name: 'Cải tiến ISO' }).click();
    await page.getByLabel('Từ ngày').fill('01/10/2026');
    await page.getByLabel('Đến ngày').fill('31/10/2026');
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    const officers = page.getByRole('region', { name: 'Bảng theo từng cán bộ' });
    const row = officers.locator('tr', { hasText: OFFICER });
    await expect(row.locator('td').nth(1).textContent()).resolves.toContain('Thẩm định hồ sơ');
    await expect(row.locator('td').nth(4).textContent()).resolves.toBe('1 ngày');
    await expect(row.locator('td').nth(6).textContent()).resolves.toBe('100 %');
    await expectAccessible(page, "a head's improvement page");
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel theo cán bộ' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('theo-can-bo-2026-10-01-2026-10-31.xlsx');
    await page.context().close();
  });

  it('is not offered to reception, and refuses it when asked for by address', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    expect(await page.getByRole('link', { name: 'Cải tiến ISO' }).count()).toBe(0);
    await page.goto(`${baseUrl}/cai-tien`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    await page.context().close();
  });
});
