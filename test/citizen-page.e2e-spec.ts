import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { query } from './support/app';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { cspViolations, expectAccessible, horizontalOverflow, screenshot } from './support/browser';
import { DossierClient } from './support/dossier-client';

const HOUR = 3_600_000;
// The receipt's QR code must name the api the browser reaches: a fixed port, known before the api starts.
const PORT = 19847;
const BASE = `http://127.0.0.1:${PORT}`;
process.env.PUBLIC_BASE_URL = BASE;
jest.setTimeout(120_000);

/** A phone: 390 px wide, touch, Vietnamese. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
  return page;
}

const unescape = (html: string): string =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<');

describe("the citizen's page on a phone, opened from the receipt's QR code", () => {
  const clock = new ManualClock(new Date('2026-11-23T08:00:00+07:00'));
  let e2e: BrowserE2eWithWorker | undefined;
  let browser: Browser;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true, listen: PORT });
    ({ client, browser } = e2e);
  }, 90_000);

  afterAll(() => e2e?.close());

  /** The link the printed receipt (form 01) encodes in its QR code. */
  async function qrLink(code: string): Promise<string> {
    const receipt = await client.get('letan.xa', `/dossiers/${code}/forms/01.html`);
    expect(receipt.status).toBe(200);
    const title = /<div class="qr" title="([^"]+)"/.exec(receipt.text);
    return unescape(title![1]!);
  }

  it('shows status and appointment from the QR link, takes a rating once the result is returned', async () => {
    const received = await client.receive('letan.xa', '2.000908');
    const code = received.body.code as string;
    await client.started('letan.xa', code);
    const link = await qrLink(code);
    expect(link).toBe(`${BASE}/tra-cuu?code=${code}&key=${received.body.lookupKey as string}`);

    const page = await phone(browser);
    await page.goto(link);
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    await expect(page.locator('[data-status]').textContent()).resolves.toBe('Hồ sơ đang được giải quyết.');
    await expect(page.locator('[data-field="appointment"]').textContent()).resolves.toBe(
      '08:00 ngày 25/11/2026',
    );
    await expect(page.getByLabel('Mã tra cứu').inputValue()).resolves.toBe(received.body.lookupKey);
    // Steps done, never who did them.
    const steps = (await page.getByRole('region', { name: 'Quá trình xử lý' }).textContent())!;
    expect(steps).toContain('Tiếp nhận hồ sơ');
    expect(steps).not.toContain('Lò Thị Mai');
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'citizen-in-progress');
    await screenshot(page, 'citizen-in-progress');

    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    clock.advance(HOUR);
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);
    clock.advance(HOUR);
    expect((await client.act('chutich.xa', code, 'sign')).status).toBe(200);
    await page.reload();
    await expect(page.locator('[data-status]').textContent()).resolves.toContain('mời ông/bà nhận kết quả');
    const result = (await page.getByRole('region', { name: 'Kết quả' }).textContent())!;
    expect(result).toContain('Mời ông/bà nhận kết quả tại Trung tâm Phục vụ hành chính công xã Gia Phú');

    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');
    await page.reload();
    const form = page.getByRole('form', { name: 'Đánh giá mức độ hài lòng' });
    const send = form.getByRole('button', { name: 'Gửi đánh giá' });
    expect(await send.isDisabled()).toBe(true);
    for (const question of ['Mức độ hài lòng chung', 'Trả kết quả đúng hẹn', 'Thái độ của cán bộ']) {
      await form.getByLabel(`${question}: 5 - Rất hài lòng`).check();
    }
    await form.getByLabel('Hướng dẫn hồ sơ: 4 - Hài lòng').check();
    await form.getByLabel('Góp ý (không bắt buộc)').fill('Cán bộ hướng dẫn tận tình');
    expect(await horizontalOverflow(page)).toBe(0);
    await send.click();
    await page.getByRole('status').filter({ hasText: 'Cảm ơn ông/bà đã đánh giá.' }).waitFor();
    const rows = await query<{ overall: number; guidance: number; comment: string }>(
      'SELECT r.overall, r.guidance, r.comment FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id WHERE d.code = $1',
      [code],
    );
    expect(rows).toEqual([{ overall: 5, guidance: 4, comment: 'Cán bộ hướng dẫn tận tình' }]);
    await expectAccessible(page, 'citizen-rated');
    await screenshot(page, 'citizen-rated');
    await page.context().close();
  });

  it('tells what to bring for a supplement, and refuses a wrong key in Vietnamese', async () => {
    const received = await client.receive('letan.xa', '2.000908', {}, 2);
    const code = received.body.code as string;
    await client.started('letan.xa', code);
    const asked = await client.act('letan.xa', code, 'request_supplement', {
      reason: 'Tờ khai chưa ghi đủ thông tin',
      missingItems: ['Tờ khai có chữ ký của người yêu cầu'],
    });
    expect(asked.body.status).toBe('awaiting_supplement');

    const page = await phone(browser);
    await page.goto(`${BASE}/tra-cuu`);
    await page.getByLabel('Mã hồ sơ').fill(code);
    await page.getByLabel('Mã tra cứu').fill('ZZZZZZZZ');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Không tìm thấy hồ sơ');

    await page.getByLabel('Mã tra cứu').fill((received.body.lookupKey as string).toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    const supplement = page.getByRole('region', { name: 'Yêu cầu bổ sung' });
    await supplement.waitFor();
    const text = (await supplement.textContent())!;
    expect(text).toContain('Tờ khai chưa ghi đủ thông tin');
    expect(text).toContain('Tờ khai có chữ ký của người yêu cầu');
    // The clock starts again with the papers: no date is promised meanwhile.
    await expect(page.locator('[data-field="appointment"]').textContent()).resolves.toBe(
      'Được hẹn lại khi ông/bà nộp đủ hồ sơ bổ sung',
    );
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'citizen-supplement');
    await screenshot(page, 'citizen-supplement');
    await page.context().close();
  });

  it('shows the apology letter once the appointment is extended', async () => {
    clock.set(new Date('2026-11-23T08:00:00+07:00'));
    const received = await client.receive('letan.xa', '2.000908', {}, 3);
    const code = received.body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const extended = await client.act('chanhvp.xa', code, 'extend', {
      reason: 'Chờ xác minh sổ gốc',
      newAppointment: '2026-11-27T17:00:00+07:00',
    });
    expect(extended.status).toBe(200);

    const page = await phone(browser);
    await page.goto(await qrLink(code));
    const letter = page.getByRole('region', { name: 'Thư xin lỗi' });
    await letter.waitFor();
    expect(await letter.textContent()).toContain(
      'Ủy ban nhân dân xã Gia Phú xin lỗi ông/bà vì chưa trả kết quả đúng hẹn (08:00 ngày 25/11/2026). ' +
        'Lý do: Chờ xác minh sổ gốc. Ngày hẹn trả kết quả mới: 17:00 ngày 27/11/2026.',
    );
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
    expect(cspViolations).toEqual([]);
  });
});
