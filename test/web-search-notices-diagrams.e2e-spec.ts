import type { INestApplication } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { horizontalOverflow, officeScreen, screenshot, signIn, expectAccessible } from './support/browser';
import { applicant, DossierClient } from './support/dossier-client';
import { waitFor } from './support/worker';

// Sweeps run when the test asks for one, at the time it set on the clock.
process.env.DEADLINE_SWEEP_MS = '3600000';
jest.setTimeout(150_000);

const at = (local: string): Date => new Date(`${local}+07:00`);
const WIDTHS = [1366, 1024];

/**
 * What overlaps in the drawn diagram: pairs of transition labels, and labels over a state box, by their text.
 * A string: the test project's TypeScript has no DOM library.
 */
const OVERLAPS = `(() => {
  const box = (e) => e.getBoundingClientRect();
  const text = (e) => e.textContent.trim();
  const labels = [...document.querySelectorAll('.diagram-host g.edgeLabel')].filter((e) => text(e) && box(e).width > 0);
  const states = [...document.querySelectorAll('.diagram-host g.node')].filter((e) => box(e).width > 0);
  const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const found = [];
  labels.forEach((l, i) => {
    labels.slice(i + 1).forEach((m) => meet(box(l), box(m)) && found.push(text(l) + ' × ' + text(m)));
    states.forEach((s) => meet(box(l), box(s)) && found.push(text(l) + ' × ' + text(s)));
  });
  return found;
})()`;

describe('console: search as typed, grouped notifications, diagrams in Vietnamese', () => {
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  let e2e: BrowserE2eWithWorker | undefined;
  let worker: INestApplication;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;
  const codes: string[] = [];

  const screen = async (width: number, username: string): Promise<Page> => {
    const page = await officeScreen(browser);
    await page.setViewportSize({ width, height: 768 });
    await signIn(page, baseUrl, username);
    return page;
  };

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true });
    ({ worker, client, baseUrl, browser } = e2e);
    for (const [i, fullName] of ['Nguyễn Văn Đức', 'Trần Thị Lan', 'Lê Văn Nam'].entries()) {
      const res = await client.receive('letan.xa', '2.000908', { applicant: { ...applicant(i), fullName } });
      expect(res.status).toBe(201);
      codes.push(res.body.code as string);
      await client.started('letan.xa', res.body.code as string);
    }
  }, 120_000);

  afterAll(() => e2e?.close());

  /** Clicks Tìm and waits until the list shows the answer to `q`, not the list it replaces. */
  async function searched(page: Page, q: string): Promise<void> {
    const answered = page.waitForResponse(
      (r) => r.url().includes('/api/v1/dossiers?') && new URL(r.url()).searchParams.get('q') === q,
    );
    await page.getByRole('button', { name: 'Tìm' }).click();
    await answered;
    await page.waitForFunction(`document.querySelectorAll('table tbody tr[data-code]').length <= 1`);
  }

  it.each(WIDTHS)(
    'finds a name typed without marks and a dossier by part of its code (%i px)',
    async (width) => {
      const page = await screen(width, 'letan.xa');
      await page.goto(`${baseUrl}/ho-so`);
      const box = page.getByLabel('Mã hồ sơ, tên hoặc số định danh người nộp');
      await expect(page.locator('#q-hint').textContent()).resolves.toContain('không dấu');
      const rows = page.locator('table tbody tr[data-code]');
      await box.fill('nguyen van duc');
      // The page opened on every dossier (this one among them): wait for the answer to the search itself.
      await searched(page, 'nguyen van duc');
      await page.locator(`tr[data-code="${codes[0]}"]`).waitFor();
      await expect(rows.count()).resolves.toBe(1);
      await box.fill(codes[1].split('-').slice(-2).join('-'));
      await searched(page, codes[1].split('-').slice(-2).join('-'));
      await page.locator(`tr[data-code="${codes[1]}"]`).waitFor();
      await expect(rows.count()).resolves.toBe(1);
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, `g-search-${width}`);
      await screenshot(page, `g-search-${width}`);
      await page.context().close();
    },
  );

  it('groups the notifications of one kind into one line, and reads them together', async () => {
    // The receiving step (two working hours from 08:00) is overdue for all three at 10:30.
    clock.set(at('2026-11-23T10:30:00'));
    expect((await worker.get(DeadlineSweepService).sweep()).errors).toBe(0);
    await waitFor(
      async () => {
        const items = (await client.get('letan.xa', '/notifications?limit=100')).body.items as Array<{
          flag: string;
        }>;
        return items.filter((n) => n.flag === 'step_overdue').length === 3 ? items : undefined;
      },
      { what: 'reception to be told of three overdue steps' },
    );
    for (const width of WIDTHS) {
      const page = await screen(width, 'letan.xa');
      await page.goto(`${baseUrl}/thong-bao`);
      const group = page.locator('ul.notifications > li', { hasText: 'Quá hạn bước: 3 hồ sơ' });
      await group.waitFor();
      // One line for the three, the dossiers listed on demand.
      await expect(page.locator('ul.notifications > li', { hasText: 'Quá hạn bước' }).count()).resolves.toBe(
        1,
      );
      await group.getByText('Xem 3 thông báo').click();
      for (const code of codes) await group.getByRole('link', { name: `Mở hồ sơ ${code}` }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, `g-notifications-${width}`);
      await screenshot(page, `g-notifications-${width}`);
      if (width === WIDTHS[WIDTHS.length - 1]) {
        await group.getByRole('button', { name: 'Đã đọc cả nhóm' }).click();
        await page.locator('ul.notifications > li.is-read', { hasText: 'Quá hạn bước: 3 hồ sơ' }).waitFor();
        const unread = (await client.get('letan.xa', '/notifications?unread=true&limit=100')).body
          .items as Array<{
          flag: string;
        }>;
        expect(unread.filter((n) => n.flag === 'step_overdue')).toEqual([]);
      }
      await page.context().close();
    }
  });

  it.each(WIDTHS)('draws a procedure in Vietnamese, with unit names, labels apart (%i px)', async (width) => {
    const page = await screen(width, 'tuphap.xa1');
    for (const code of ['1.115668', '2.000908', '1.013001']) {
      await page.goto(`${baseUrl}/thu-tuc/${code}`);
      await page.locator('.diagram-host svg').waitFor();
      const drawn = (await page.locator('.diagram-host').textContent()) ?? '';
      expect(drawn).not.toMatch(/working|result ready|any step|forward|send_back|hand_over|· reception/);
      expect(drawn).toContain('Mọi bước');
      expect(await page.evaluate<string[]>(OVERLAPS)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.locator('.diagram').scrollIntoViewIfNeeded();
      await expectAccessible(page, `g-diagram-${code}-${width}`);
      await screenshot(page, `g-diagram-${code}-${width}`);
    }
    const land = await (async () => {
      await page.goto(`${baseUrl}/thu-tuc/1.115668`);
      await page.locator('.diagram-host svg').waitFor();
      return (await page.locator('.diagram-host').textContent()) ?? '';
    })();
    expect(land).toContain('Trung tâm Phục vụ hành chính công tỉnh Lào Cai');
    expect(land).toContain('Trả kết quả');
    expect(land).toContain('0 ngày làm việc');
    expect(land).toContain('Chuyển xử lý');
    await page.context().close();
  });
});
