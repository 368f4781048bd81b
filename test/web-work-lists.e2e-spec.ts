import type { INestApplication } from '@nestjs/common';
import type { Browser, Locator, Page } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import { query } from './support/app';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import {
  cspViolations,
  horizontalOverflow,
  officeScreen,
  screenshot,
  signIn,
  expectAccessible,
} from './support/browser';
import { DossierClient } from './support/dossier-client';

jest.setTimeout(180_000);

const HOUR = 3_600_000;
const ROW = (page: Page | Locator, code: string) => page.locator(`tr[data-code="${code}"]`);

describe.each([1366, 1024])('work lists in the web console at %i px', (width) => {
  // The real time, so that "today" in the browser and on the server agree.
  const clock = new ManualClock(new Date());
  let e2e: BrowserE2eWithWorker | undefined;
  let worker: INestApplication;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true });
    ({ worker, client, baseUrl, browser } = e2e);
  }, 120_000);

  afterAll(() => e2e?.close());

  const screen = async (username: string): Promise<Page> => {
    const page = await officeScreen(browser);
    await page.setViewportSize({ width, height: 768 });
    await signIn(page, baseUrl, username);
    return page;
  };
  const received = async (n: number): Promise<string> => {
    const code = (await client.receive('letan.xa', '2.000908', {}, n)).body.code as string;
    await client.started('letan.xa', code);
    return code;
  };
  const stepOf = async (code: string) => (await client.get('giamdoc.ttxa', `/dossiers/${code}`)).body.step;

  it('accepts and forwards in one move when the first step is the desk’s own', async () => {
    const page = await screen('letan.xa');
    await page.goto(`${baseUrl}/tiep-nhan`);
    await page.getByLabel('Thủ tục *').selectOption('2.000908');
    await page.getByRole('checkbox', { name: /Tờ khai \(văn bản\)/ }).check();
    await page.getByLabel('Họ và tên').fill('Vũ Thị Mai');
    await page.getByLabel('Số định danh cá nhân').fill('001185012345');
    await page.getByLabel('Số điện thoại').fill('0912000111');
    await page.getByLabel('Địa chỉ').fill('Thôn 3, xã Gia Phú');
    await expect(page.getByLabel(/Chuyển xử lý ngay sau khi tiếp nhận/).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Tiếp nhận, lập giấy hẹn và chuyển xử lý' }).click();
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    const code = (await page.getByTestId('receipt-code').textContent())!.trim();
    await page
      .getByText(
        'Đã chuyển xử lý: Thẩm định hồ sơ, đối chiếu sổ gốc, lập bản sao · ' +
          'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch).',
      )
      .waitFor();
    expect(await stepOf(code)).toMatchObject({ id: 'appraise', owner: { unit: 'tu-phap-xa' } });
    expect(await horizontalOverflow(page)).toBe(0);
    // Not asked for a refusal: the box belongs to the acceptance.
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ khác' }).click();
    await page.getByLabel('Thủ tục *').selectOption('2.000908');
    await page.getByLabel(/Chuyển xử lý ngay sau khi tiếp nhận/).waitFor();
    await page.getByLabel('Không đủ điều kiện: từ chối').check();
    expect(await page.getByLabel(/Chuyển xử lý ngay sau khi tiếp nhận/).count()).toBe(0);
    await page.context().close();
  });

  it('lists the desk’s own steps on Hàng chờ and forwards the ticked ones together; counts today in full', async () => {
    const codes = [await received(1), await received(2)];
    const page = await screen('letan.xa');
    await page.getByRole('link', { name: 'Hàng chờ hôm nay' }).click();
    const section = page.locator('#forward');
    for (const code of codes) await ROW(section, code).waitFor();
    const today = (await page.getByRole('link', { name: /Đã tiếp nhận hôm nay/ }).textContent()) ?? '';
    const counted = (await client.get('letan.xa', `/dossiers/count?${todayQuery()}`)).body.total as number;
    expect(today).toContain(String(counted));
    expect(counted).toBeGreaterThanOrEqual(2);
    await section.getByLabel('Chọn tất cả: Chờ chuyển xử lý').check();
    await section.getByRole('button', { name: /^Chuyển xử lý \d+ hồ sơ đã chọn$/ }).click();
    await section.getByText(/^Chuyển xử lý: (\d+)\/\1 hồ sơ thành công\.$/).waitFor();
    await page.getByText('Không có hồ sơ nào chờ chuyển xử lý.').waitFor();
    await expectAccessible(page, `work-lists-${width}-queue-forwarded`);
    await screenshot(page, `work-lists-${width}-queue-forwarded`);
    for (const code of codes) expect((await stepOf(code)).id).toBe('appraise');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('takes one action on the ticked dossiers of the inbox and names the one that failed', async () => {
    const codes = [await received(3), await received(4)];
    for (const code of codes) expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const page = await screen('tuphap.xa1');
    for (const code of codes) await ROW(page, code).waitFor();
    for (const code of codes) await page.getByLabel(`Chọn hồ sơ ${code}`).check();
    // Meanwhile the second one moves on from another desk: its listed version is stale.
    expect((await client.act('tuphap.xa2', codes[1], 'submit')).status).toBe(200);
    await page.getByRole('button', { name: /2 hồ sơ đã chọn$/ }).click();
    const summary = page.getByRole('status').filter({ hasText: '1/2 hồ sơ thành công' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain(codes[1]);
    await expectAccessible(page, `work-lists-${width}-inbox-bulk`);
    await screenshot(page, `work-lists-${width}-inbox-bulk`);
    expect((await stepOf(codes[0])).id).toBe('sign');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('shows a head the unit’s work once, with assignees by full name and the assignment on the timeline', async () => {
    const code = await received(5);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const head = await screen('chanhvp.xa');
    await ROW(head, code).waitFor();
    expect(await ROW(head, code).count()).toBe(1);
    await head.getByRole('button', { name: /^Chưa phân công/ }).click();
    await ROW(head, code).getByRole('link', { name: code }).click();
    await head.getByLabel('Phân công lại cho').selectOption('tuphap.xa2');
    await head.getByRole('button', { name: 'Phân công', exact: true }).click();
    await head.getByText('Đã phân công lại.').waitFor();
    await head.locator('.timeline-item', { hasText: 'Giao cho: Lương Văn Quý' }).waitFor();
    await head.getByRole('link', { name: 'Hộp việc' }).click();
    await ROW(head, code).getByText('· Lương Văn Quý').waitFor();
    expect(await ROW(head, code).count()).toBe(1);
    expect(await horizontalOverflow(head)).toBe(0);
    await head.context().close();
  });

  it('lets a supervisor open each tile’s dossiers and see those due soon', async () => {
    const code = await received(6);
    // The clock moves to the instant the desk's step falls due soon; the sweep raises the flag.
    const [{ due_soon_from }] = await query<{ due_soon_from: Date }>(
      'SELECT due_soon_from FROM dossier WHERE code = $1',
      [code],
    );
    clock.set(new Date(due_soon_from.getTime() + 1000));
    expect((await worker.get(DeadlineSweepService).sweep()).errors).toBe(0);
    expect((await client.get('giamdoc.ttxa', `/dossiers/${code}`)).body.flags.dueSoon).not.toBeNull();
    const page = await screen('giamdoc.ttxa');
    // The supervisor's console opens on Giám sát.
    await page.getByRole('heading', { name: 'Giám sát tình hình giải quyết hồ sơ' }).waitFor();
    await ROW(page.locator('#due-soon'), code).waitFor();
    await expectAccessible(page, `work-lists-${width}-supervisor`);
    await screenshot(page, `work-lists-${width}-supervisor`);
    await page.getByRole('link', { name: /Quá hạn bước/ }).click();
    await page.waitForURL(/\/ho-so\?flag=step_overdue$/);
    await expect(page.getByLabel('Cảnh báo hạn').inputValue()).resolves.toBe('step_overdue');
    await page.goBack();
    await page
      .getByRole('link', { name: /Sắp đến hạn/ })
      .first()
      .click();
    await page.waitForURL(/\/ho-so\?flag=due_soon$/);
    await ROW(page, code).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
    expect(cspViolations).toEqual([]);
  });
});

/** Today in Vietnam as the list's receivedFrom/receivedTo. */
function todayQuery(): string {
  const day = new Date(Date.now() + 7 * HOUR).toISOString().slice(0, 10);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
  return `receivedFrom=${encodeURIComponent(`${day}T00:00:00+07:00`)}&receivedTo=${encodeURIComponent(`${next}T00:00:00+07:00`)}`;
}
