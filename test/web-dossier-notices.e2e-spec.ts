import type { Browser, Page } from 'playwright-core';
import { query } from './support/app';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { officeScreen, screenshot, signIn, expectAccessible } from './support/browser';
import { DossierClient } from './support/dossier-client';

jest.setTimeout(150_000);

const COPY = '2.000815';
const APPRAISE = 'Đối chiếu bản sao với bản chính, ghi lời chứng, vào sổ chứng thực';
// Every width the console supports: the office screen and the smallest laptop.
const WIDTHS = [1366, 1024] as const;

/** The console's own text on the page: no English from the api reaches a user. */
const ENGLISH = /\b(no dossier|does not apply|is not allowed|required for|must give)\b/i;

async function atWidth(browser: Browser, width: number): Promise<Page> {
  const page = await officeScreen(browser);
  await page.setViewportSize({ width, height: 768 });
  return page;
}

describe('web console: errors in Vietnamese, confirmed send-backs, the forms and the timeline', () => {
  let e2e: BrowserE2eWithWorker | undefined;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;

  /** A copy certification at the leader's signing step. */
  async function atSigning(n: number): Promise<string> {
    const received = await client.receive('letan.xa', COPY, {}, n);
    expect(received.status).toBe(201);
    const code = received.body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const officer =
      (await client.get('giamdoc.ttxa', `/dossiers/${code}`)).body.assignee?.username ?? 'tuphap.xa1';
    expect((await client.act(officer as string, code, 'submit')).status).toBe(200);
    return code;
  }

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ worker: true });
    ({ client, baseUrl, browser } = e2e);
  }, 120_000);

  afterAll(() => e2e?.close());

  it.each(WIDTHS)(
    'words a missing dossier in Vietnamese, without a pointless "Thử lại" (%i px)',
    async (width) => {
      const page = await atWidth(browser, width);
      await signIn(page, baseUrl, 'tuphap.xa1');
      await page.goto(`${baseUrl}/ho-so/KHONG-CO`);
      const alert = page.getByRole('alert');
      await alert.getByText(/^Không tìm thấy hồ sơ: mã hồ sơ không đúng/).waitFor();
      await expect(alert.getByRole('button', { name: 'Thử lại' }).count()).resolves.toBe(0);
      expect(await page.locator('#main').textContent()).not.toMatch(ENGLISH);
      await page.context().close();
    },
  );

  it.each(WIDTHS)(
    'asks a send-back its reason, then confirms it naming the step, and shows the reason on the timeline (%i px)',
    async (width) => {
      const code = await atSigning(width);
      const page = await atWidth(browser, width);
      await signIn(page, baseUrl, 'chutich.xa');
      await page.goto(`${baseUrl}/ho-so/${code}`);
      await page.getByRole('button', { name: 'Trả lại bước trước' }).click();
      await page.getByRole('button', { name: 'Xác nhận: Trả lại bước trước' }).click();
      await page.getByRole('alert').getByText('Nhập lý do (ít nhất 3 ký tự).').waitFor();

      await page.getByLabel('Lý do *').fill('Bản sao thiếu trang 2');
      await page.getByRole('button', { name: 'Xác nhận: Trả lại bước trước' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText(`Trả hồ sơ về bước «${APPRAISE}»?`, { exact: false }).waitFor();
      // The confirm button has the keyboard: Enter confirms, nothing was sent before.
      await expect(page.evaluate<string>('document.activeElement.textContent')).resolves.toBe(
        'Đồng ý: Trả lại bước trước',
      );
      expect((await client.get('chutich.xa', `/dossiers/${code}`)).body.step.id).toBe('sign');
      await expectAccessible(page, `30-send-back-confirm-${width}`);
      await screenshot(page, `30-send-back-confirm-${width}`);
      await dialog.getByRole('button', { name: 'Xem lại' }).click();
      await expect(dialog.count()).resolves.toBe(0);
      expect((await client.get('chutich.xa', `/dossiers/${code}`)).body.step.id).toBe('sign');

      await page.getByRole('button', { name: 'Xác nhận: Trả lại bước trước' }).click();
      await dialog.getByRole('button', { name: 'Đồng ý: Trả lại bước trước' }).click();
      await page.getByText('Đã thực hiện: Trả lại bước trước.').waitFor();
      const after = await client.get('giamdoc.ttxa', `/dossiers/${code}`);
      expect(after.body.step.id).toBe('appraise');

      const timeline = page.locator('.timeline');
      await timeline.getByText('Lý do trả lại: Bản sao thiếu trang 2').waitFor();
      expect(await timeline.textContent()).not.toContain('Bắt đầu quy trình');
      await page.context().close();
    },
  );

  it.each(WIDTHS)(
    'shows a desk supplement with its reason and missing items, and offers form 02 but not the receipt (%i px)',
    async (width) => {
      const received = await client.receive(
        'letan.xa',
        COPY,
        {
          decision: 'request_supplement',
          reason: 'Bản sao chưa đủ các trang',
          missingItems: ['Bản sao đủ các trang có thông tin', 'Bản chính để đối chiếu'],
        },
        10 + width,
      );
      expect(received.status).toBe(201);
      const code = received.body.code as string;
      const page = await atWidth(browser, width);
      await signIn(page, baseUrl, 'letan.xa');
      await page.goto(`${baseUrl}/ho-so/${code}`);
      const timeline = page.locator('.timeline');
      await timeline.getByText('Hướng dẫn bổ sung (chưa tiếp nhận)').waitFor();
      await timeline.getByText('Lý do hướng dẫn bổ sung: Bản sao chưa đủ các trang').waitFor();
      await timeline
        .getByText('Giấy tờ cần bổ sung: Bản sao đủ các trang có thông tin; Bản chính để đối chiếu')
        .waitFor();
      expect(await timeline.textContent()).not.toContain('request_documents');

      const forms = page.locator('section[aria-labelledby="forms-title"]');
      await expect(forms.getByRole('button', { name: /mẫu 01/ }).count()).resolves.toBe(0);
      const [pdf] = await Promise.all([
        page.waitForResponse((r) => r.url().includes(`/dossiers/${code}/forms/02.pdf`)),
        forms.getByRole('button', { name: 'In phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)' }).click(),
      ]);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      await expect(forms.getByRole('button', { name: /mẫu 06/ }).count()).resolves.toBe(1);
      await expectAccessible(page, `31-desk-supplement-${width}`);
      await screenshot(page, `31-desk-supplement-${width}`);
      await page.context().close();
    },
  );

  it('offers form 04 once the appointment is extended and states the new appointment on the timeline', async () => {
    const code = await atSigning(30);
    const view = await client.get('chutich.xa', `/dossiers/${code}`);
    const choices = view.body.appointmentChoices as string[];
    expect(choices.length).toBeGreaterThan(0);
    const extended = await client.act('chutich.xa', code, 'extend', {
      reason: 'Cần xác minh thêm với cơ quan cấp bản chính',
      newAppointment: choices[0],
    });
    expect(extended.status).toBe(200);

    const page = await atWidth(browser, 1024);
    await signIn(page, baseUrl, 'chutich.xa');
    await page.goto(`${baseUrl}/ho-so/${code}`);
    const timeline = page.locator('.timeline');
    await timeline.getByText('Lý do gia hạn: Cần xác minh thêm với cơ quan cấp bản chính').waitFor();
    await timeline.getByText(/^Hẹn trả mới: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(hẹn cũ /).waitFor();
    const forms = page.locator('section[aria-labelledby="forms-title"]');
    const [pdf] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/dossiers/${code}/forms/04.pdf`)),
      forms.getByRole('button', { name: 'In phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)' }).click(),
    ]);
    expect(pdf.status()).toBe(200);
    await expect(forms.getByRole('button', { name: /mẫu 02|mẫu 03|mẫu 05/ }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it.each(WIDTHS)(
    'gives the supervisor the citizens’ satisfaction and the tracking book of their units, not of others (%i px)',
    async (width) => {
      const [row] = await query<{ id: string }>(
        `SELECT id FROM dossier WHERE receiving_unit = 'mot-cua-xa' ORDER BY received_at LIMIT 1`,
      );
      await query(
        `INSERT INTO dossier_rating (dossier_id, procedure_code, receiving_unit, overall, on_time, staff_attitude,
           guidance, facilities, rated_at)
         VALUES ($1, '${COPY}', 'mot-cua-xa', 2, 4, 5, 3, NULL, now())
         ON CONFLICT (dossier_id) DO NOTHING`,
        [row!.id],
      );
      const page = await atWidth(browser, width);
      await signIn(page, baseUrl, 'giamdoc.ttxa');
      await page.goto(`${baseUrl}/giam-sat`);
      const table = page.getByTestId('satisfaction');
      await table.getByText('1 lượt đánh giá · 100% không hài lòng (từ 2 điểm trở xuống)').waitFor();
      await expect(table.getByRole('row', { name: /Thái độ của cán bộ/ }).textContent()).resolves.toContain(
        '5 / 5',
      );
      await expect(table.getByRole('row', { name: /Cơ sở vật chất/ }).textContent()).resolves.toContain('—');

      const book = page.locator('section[aria-labelledby="book-title"]');
      await expect(book.getByLabel('Đơn vị').inputValue()).resolves.toBe('mot-cua-xa');
      const [pdf] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/forms/07.pdf')),
        book.getByRole('button', { name: 'In sổ theo dõi hồ sơ' }).click(),
      ]);
      expect(pdf.status()).toBe(200);
      expect(pdf.url()).toContain('unit=mot-cua-xa');

      await book.getByLabel('Đơn vị').selectOption('so-xay-dung');
      await book.getByRole('button', { name: 'In sổ theo dõi hồ sơ' }).click();
      await book
        .getByRole('alert')
        .getByText('Tài khoản của bạn không được xem sổ theo dõi của đơn vị này.')
        .waitFor();
      await expectAccessible(page, `32-supervisor-satisfaction-book-${width}`);
      await screenshot(page, `32-supervisor-satisfaction-book-${width}`);
      await page.context().close();
    },
  );

  it('keeps saying that the session ended after a reload, and puts the draft back after signing in', async () => {
    const page = await atWidth(browser, 1024);
    await signIn(page, baseUrl, 'letan.xa');
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByLabel('Thủ tục *').selectOption(COPY);
    await page.getByRole('checkbox', { name: /Bản sao cần chứng thực/ }).waitFor();
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByLabel('Họ và tên').fill('Đỗ Thị Thu Hà');
    await page.getByLabel('Số định danh cá nhân').fill('001086012345');
    await page.getByLabel('Số điện thoại').fill('0912345679');
    await page.getByLabel('Địa chỉ').fill('Thôn Phú Hợp, xã Gia Phú, tỉnh Lào Cai');
    // The session ends on the server while the form is filled; sending it finds out.
    await query(`UPDATE app_user SET token_version = token_version + 1 WHERE username = 'letan.xa'`);
    await page.getByLabel('Địa chỉ').press('Enter');
    await page.getByText('Phiên đăng nhập đã hết hạn').waitFor();

    await page.reload();
    await page.getByText('Phiên đăng nhập đã hết hạn').waitFor();
    await expect(page.getByLabel('Tên đăng nhập').inputValue()).resolves.toBe('letan.xa');
    await page.getByLabel('Mật khẩu').fill('motcua');
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    for (let i = 0; i < 100 && (await page.getByLabel('Họ và tên').inputValue()) === ''; i++)
      await page.waitForTimeout(100);
    await expect(page.getByLabel('Họ và tên').inputValue()).resolves.toBe('Đỗ Thị Thu Hà');

    // Signing out on purpose leaves nothing waiting: the next sign-in is not told of an ended session.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await page.reload();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await expect(page.getByText('Phiên đăng nhập đã hết hạn').count()).resolves.toBe(0);
    await page.context().close();
  });
});
