import type { INestApplication } from '@nestjs/common';
import type { Browser, Locator, Page } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { cspViolations, horizontalOverflow, officeScreen, screenshot, signIn } from './support/browser';
import { DossierClient } from './support/dossier-client';
import { waitFor } from './support/worker';

// Sweeps run when the test asks for one, at the time it set on the clock.
process.env.DEADLINE_SWEEP_MS = '3600000';
// Each test walks several users through a real browser; on a busy machine that can take over a minute.
jest.setTimeout(150_000);

const LONG_NAME = 'Công Tằng Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bảo Khánh Linh Trần Lê Thuỳ Dương';
const DOSSIER_ROW = (page: Page | Locator, code: string) => page.locator(`tr[data-code="${code}"]`);

describe('web console in a real browser', () => {
  // The clock starts at the real time so that "today" in the browser and on the server agree.
  const clock = new ManualClock(new Date());
  let e2e: BrowserE2eWithWorker | undefined;
  let worker: INestApplication;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;
  let code: string;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true });
    ({ worker, client, baseUrl, browser } = e2e);
  }, 120_000);

  afterAll(() => e2e?.close());

  it('serves the console at / and on its own routes, and leaves the api alone', async () => {
    const home = await fetch(`${baseUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="app">');
    const deep = await fetch(`${baseUrl}/ho-so/000.01.52.H38-260101-0001`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toContain('text/html');
    const unknownApi = await fetch(`${baseUrl}/api/v1/no-such-thing`);
    expect(unknownApi.status).toBe(404);
    expect(((await unknownApi.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect((await fetch(`${baseUrl}/health`)).headers.get('content-type')).toContain('application/json');
    expect((await (await fetch(`${baseUrl}/docs`)).text()).toLowerCase()).toContain('swagger');
  });

  it('refuses a wrong password with a message in Vietnamese', async () => {
    const page = await officeScreen(browser);
    await page.goto(baseUrl);
    await page.getByLabel('Tên đăng nhập').fill('letan.xa');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByLabel('Mật khẩu').press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Sai tên đăng nhập hoặc mật khẩu');
    await page.context().close();
  });

  it('lets reception receive a dossier: checklist, applicant form with validation, receipt', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    await page.getByRole('heading', { name: 'Hàng chờ hôm nay' }).waitFor();
    // Reception has the most menu entries; the header still fits on one line at 1366 px.
    expect((await page.locator('.topbar').boundingBox())!.height).toBeLessThan(64);
    // On a page load, the first Tab reaches the skip link, which takes the keyboard past the navigation.
    await page.reload();
    await page.getByRole('heading', { name: 'Hàng chờ hôm nay' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement.textContent')).resolves.toBe(
      'Bỏ qua điều hướng',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe('main');
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByLabel('Thủ tục *').selectOption('2.000908');
    const required = page.getByRole('checkbox', {
      name: /Tờ khai \(văn bản\) yêu cầu cấp bản sao từ sổ gốc/,
    });
    await required.waitFor();
    await expect(
      page
        .getByRole('group', { name: /Thành phần hồ sơ/ })
        .getByRole('checkbox')
        .count(),
    ).resolves.toBe(2);

    await page.getByLabel('Họ và tên').fill(LONG_NAME);
    await page.getByLabel('Số định danh cá nhân').fill('12345');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByLabel('Địa chỉ').fill('Thôn Phú Hợp, xã Gia Phú, tỉnh Lào Cai');
    await page.getByLabel('Địa chỉ').press('Enter');
    // Nothing is sent: the unticked required document and the bad id number are shown, focus on the first.
    await page.getByText('Số định danh cá nhân gồm 12 chữ số').waitFor();
    await page.getByText(/Còn thiếu giấy tờ bắt buộc/).waitFor();
    await expect(page.getByLabel('Số định danh cá nhân').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate<string | null>("document.activeElement.getAttribute('name')")).resolves.toBe(
      'doc-0',
    );
    await screenshot(page, '01-reception-validation');
    await expect(client.get('giamdoc.ttxa', '/dossiers').then((r) => r.body.items.length)).resolves.toBe(0);

    await page.getByLabel('Số định danh cá nhân').fill('001085012345');
    await required.check();
    // This one stays on the desk's step, to be forwarded from the inbox below.
    await page.getByLabel(/Chuyển xử lý ngay sau khi tiếp nhận/).uncheck();
    await page.getByLabel('Số điện thoại').press('Enter');
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    code = (await page.getByTestId('receipt-code').textContent())!.trim();
    // The citizen's key to the public lookup, shown to be handed over; it opens the dossier there.
    const key = (await page.getByTestId('receipt-lookup-key').textContent())!.trim();
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    const lookup = await fetch(`${baseUrl}/api/v1/public/dossiers/${encodeURIComponent(code)}?key=${key}`);
    expect(lookup.status).toBe(200);
    expect(code).toMatch(/^000\.01\.52\.H38-\d{6}-0001$/);
    await expect(page.getByText('Hẹn trả kết quả', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('button', { name: 'In giấy tiếp nhận và hẹn trả kết quả' }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, '02-reception-receipt');

    const saved = (await client.get('letan.xa', `/dossiers/${code}`)).body;
    expect(saved.applicant).toMatchObject({
      fullName: LONG_NAME,
      idNumber: '001085012345',
      phone: '0912345678',
    });
    expect(saved.documents).toEqual([
      { name: 'Tờ khai (văn bản) yêu cầu cấp bản sao từ sổ gốc', originals: 1, copies: 0 },
    ]);

    // The receipt prints as the api's form 01, fetched with the token.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'In giấy tiếp nhận và hẹn trả kết quả' }).click(),
    ]);
    await popup.waitForURL(/^blob:/);
    await popup.close();

    // Today's queue lists it to be forwarded and among today's receipts, with its long name inside the layout.
    await client.started('letan.xa', code);
    await page.getByRole('link', { name: 'Hàng chờ hôm nay' }).click();
    await DOSSIER_ROW(page.locator('#forward'), code).waitFor();
    await DOSSIER_ROW(page.locator('#today'), code).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('lets reception ask for a supplement when a required document is missing, then accept the supplement', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    await page.goto(`${baseUrl}/tiep-nhan`);
    await page.getByLabel('Thủ tục *').selectOption('2.000908');
    await page.getByRole('checkbox').first().waitFor();
    await page.getByLabel('Họ và tên').fill('Hoàng Văn Nam');
    await page.getByLabel('Số định danh cá nhân').fill('001085099999');
    await page.getByLabel('Số điện thoại').fill('+84987654321');
    await page.getByLabel('Địa chỉ').fill('Thôn 2, xã Gia Phú');
    await page.getByLabel('Chưa đầy đủ: yêu cầu bổ sung').check();
    await page.getByRole('button', { name: 'Lập phiếu yêu cầu bổ sung' }).click();
    await page.getByText('Nhập lý do (ít nhất 3 ký tự).').waitFor();
    await page.getByLabel('Lý do *').fill('Thiếu tờ khai yêu cầu cấp bản sao');
    await page.getByRole('button', { name: 'Lập phiếu yêu cầu bổ sung' }).click();
    await page.getByRole('heading', { name: 'Đã lập phiếu yêu cầu bổ sung' }).waitFor();
    const waiting = (await page.getByTestId('receipt-code').textContent())!.trim();
    await expect(
      page.getByRole('button', { name: 'In phiếu yêu cầu bổ sung hồ sơ' }).isVisible(),
    ).resolves.toBe(true);
    const saved = (await client.get('letan.xa', `/dossiers/${waiting}`)).body;
    expect(saved.status).toBe('awaiting_documents');
    await page.getByRole('link', { name: 'Hàng chờ hôm nay' }).click();
    const row = page.locator('#waiting').locator(`tr[data-code="${waiting}"]`);
    await row.waitFor();

    // The citizen comes back with the missing form: ticked, the dossier is accepted and its clock starts.
    await row.getByRole('link', { name: waiting }).click();
    await page.getByRole('button', { name: 'Đã nhận hồ sơ bổ sung' }).click();
    await page.getByRole('button', { name: 'Xác nhận: Đã nhận hồ sơ bổ sung' }).click();
    await page.getByText(/Còn thiếu giấy tờ bắt buộc: Tờ khai/).waitFor();
    await page.getByRole('checkbox', { name: /Tờ khai \(văn bản\)/ }).check();
    await page.getByRole('button', { name: 'Xác nhận: Đã nhận hồ sơ bổ sung' }).click();
    await page.getByText('Đã thực hiện: Đã nhận hồ sơ bổ sung.').waitFor();
    const accepted = (await client.get('letan.xa', `/dossiers/${waiting}`)).body;
    expect(accepted.status).not.toBe('awaiting_documents');
    expect(accepted.appointmentAt).toEqual(expect.any(String));
    expect(accepted.documents.map((d: { name: string }) => d.name)).toContain(
      'Tờ khai (văn bản) yêu cầu cấp bản sao từ sổ gốc',
    );
    await page.context().close();
  });

  it('moves the dossier: reception forwards, the head assigns, the officer submits from the inbox, the leader gets it', async () => {
    const reception = await officeScreen(browser);
    await signIn(reception, baseUrl, 'letan.xa');
    await reception.getByRole('link', { name: 'Hộp việc' }).click();
    await DOSSIER_ROW(reception, code).getByRole('link', { name: code }).click();
    await reception.getByRole('button', { name: 'Chuyển xử lý' }).click();
    await reception.getByRole('button', { name: 'Xác nhận: Chuyển xử lý' }).click();
    await reception.getByText('Đã thực hiện: Chuyển xử lý.').waitFor();
    await reception.getByText('Thẩm định hồ sơ, đối chiếu sổ gốc, lập bản sao').first().waitFor();
    await reception.context().close();

    // The head of the officers' unit sees the unit's work in the inbox and hands the step to one of them.
    const head = await officeScreen(browser);
    await signIn(head, baseUrl, 'chanhvp.xa');
    await DOSSIER_ROW(head, code).getByRole('link', { name: code }).click();
    await head.getByLabel('Phân công lại cho').selectOption('tuphap.xa1');
    await head.getByRole('button', { name: 'Phân công', exact: true }).click();
    await head.getByText('Đã phân công lại.').waitFor();
    await head.locator('.timeline-item', { hasText: 'Phân công' }).waitFor();
    await head.context().close();

    const other = await officeScreen(browser);
    await signIn(other, baseUrl, 'tuphap.xa2');
    await other.getByText('Không có hồ sơ nào đang chờ bạn xử lý.').waitFor();
    await other.context().close();

    const officer = await officeScreen(browser);
    await signIn(officer, baseUrl, 'tuphap.xa1');
    await officer.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    const row = DOSSIER_ROW(officer, code);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Trong hạn');
    await officer.getByRole('button', { name: /Giao cho tôi/ }).click();
    await row.waitFor();
    expect(await horizontalOverflow(officer)).toBe(0);
    await screenshot(officer, '03-officer-inbox');
    await row.getByRole('link', { name: code }).click();
    await officer.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
    expect(await horizontalOverflow(officer)).toBe(0);
    await officer.getByLabel('Thêm ý kiến').fill('Đã đối chiếu sổ gốc, đủ điều kiện cấp bản sao.');
    await officer.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await officer.getByText('Đã gửi ý kiến.').waitFor();
    await officer.getByRole('button', { name: 'Trình duyệt' }).click();
    await officer.getByLabel('Ý kiến xử lý').fill('Trình lãnh đạo ký bản sao');
    await officer.getByRole('button', { name: 'Xác nhận: Trình duyệt' }).click();
    await officer.getByText('Đã thực hiện: Trình duyệt.').waitFor();
    // The timeline shows the hand-over by the officer, and the new step; no action is left for the officer.
    const timeline = officer.locator('.timeline');
    await timeline.locator('.timeline-item', { hasText: 'Trình duyệt' }).waitFor();
    await expect(timeline.textContent()).resolves.toMatch(/Trình duyệt.*→ Ký bản sao/);
    await expect(timeline.textContent()).resolves.toContain('Trình lãnh đạo ký bản sao');
    await officer.getByText('Bạn không có thao tác nào với hồ sơ ở bước này.').waitFor();
    await officer.evaluate('window.scrollTo(0, 0)');
    await screenshot(officer, '04-dossier-after-submit');
    await officer.getByRole('link', { name: 'Hộp việc' }).click();
    await officer.getByText('Không có hồ sơ nào đang chờ bạn xử lý.').waitFor();
    await officer.context().close();

    const leader = await officeScreen(browser);
    await signIn(leader, baseUrl, 'chutich.xa');
    await DOSSIER_ROW(leader, code).waitFor();
    await expect(DOSSIER_ROW(leader, code).textContent()).resolves.toContain('Ký bản sao');
    // The leader may apologise and extend: the picker offers only working days, at the close of business.
    await DOSSIER_ROW(leader, code).getByRole('link', { name: code }).click();
    await leader.getByRole('button', { name: 'Xin lỗi và gia hạn' }).click();
    const choices = await leader
      .getByLabel(/Ngày hẹn trả mới/)
      .locator('option')
      .allTextContents();
    expect(choices.length).toBeGreaterThan(20);
    for (const choice of choices.slice(1)) expect(choice).toMatch(/^\d{2}\/\d{2}\/\d{4} 17:00$/);
    await leader.getByRole('button', { name: 'Hủy' }).click();
    // A send-back asks for its reason.
    await leader.getByRole('button', { name: 'Trả lại bước trước' }).click();
    await leader.getByLabel('Lý do *').waitFor();
    await leader.getByRole('button', { name: 'Hủy' }).click();
    await leader.context().close();
  });

  it('shows "Quá hạn" once the clock passes the due instant and the deadline sweep has run', async () => {
    const view = (await client.get('chutich.xa', `/dossiers/${code}`)).body;
    const leader = await officeScreen(browser);
    await signIn(leader, baseUrl, 'chutich.xa');
    const row = DOSSIER_ROW(leader, code);
    await row.waitFor();
    await expect(row.textContent()).resolves.not.toContain('Quá hạn');

    clock.set(new Date(new Date(view.appointmentAt as string).getTime() + 60_000));
    const sweeper = worker.get(DeadlineSweepService);
    await waitFor(
      async () => {
        await sweeper.sweep();
        const flagged = await client.get('giamdoc.ttxa', '/dossiers?flag=overdue');
        return (
          flagged.body.items.length === 2 && flagged.body.items.some((d: { code: string }) => d.code === code)
        );
      },
      { what: 'the overdue flags of both accepted dossiers' },
    );
    await leader.reload();
    await row.locator('.badge-overdue', { hasText: 'Quá hạn' }).waitFor();
    await leader.getByRole('button', { name: /Quá hạn/ }).click();
    await row.waitFor();
    await screenshot(leader, '05-inbox-overdue');
    await row.getByRole('link', { name: code }).click();
    await leader.locator('.head-status .badge-overdue').waitFor();

    // The raised flag reaches the step's owner as a notification, counted in the header.
    await waitFor(
      async () => (await client.get('chutich.xa', '/notifications?unread=true')).body.items.length > 0,
      {
        what: "the leader's notification",
      },
    );
    await leader.reload();
    await leader.locator('.bell .count').waitFor();
    await leader.getByRole('link', { name: /Thông báo/ }).click();
    await leader.locator('.notifications li', { hasText: code }).first().waitFor();
    await leader.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await leader.locator('.bell .count').waitFor({ state: 'detached' });
    await leader.context().close();
  });

  it('lets the supervisor see late cases by unit and procedure, the on-time chart, the report export and the search', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'giamdoc.ttxa');
    await page.getByRole('heading', { name: 'Giám sát tình hình giải quyết hồ sơ' }).waitFor();
    // The shipped 2027 file is provisional, and the years after it have no file.
    const banner = page.getByTestId('provisional-calendar');
    await expect(banner.textContent()).resolves.toContain('Lịch làm việc dự kiến');
    await expect(banner.textContent()).resolves.toContain('2027: tệp lịch đánh dấu dự kiến');
    const overdueTile = page.locator('.tile', { hasText: 'Quá hạn' }).first();
    // Both accepted dossiers (the one handed to the leader and the supplemented one) are past their appointment.
    await expect(overdueTile.locator('.tile-number').textContent()).resolves.toBe('2');
    const byProcedure = page.locator('table', { hasText: 'Theo thủ tục' });
    await expect(
      byProcedure.locator('tr', { hasText: 'Cấp bản sao từ sổ gốc' }).locator('td').nth(2).textContent(),
    ).resolves.toBe('2');
    await page.locator('.chart-box canvas').waitFor();
    await waitFor(() => page.evaluate<boolean>("document.querySelector('.chart-box canvas').width > 0"));
    await screenshot(page, '06-supervisor');

    await page.getByRole('link', { name: 'Báo cáo' }).click();
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.locator('table.report tfoot').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-06-unit-.*\.xlsx$/);
    // The caption is the period the server computed; a rejected period leaves the old figures under their own.
    const caption = page.locator('table.report caption');
    const shown = (await caption.textContent()) ?? '';
    expect(shown).toMatch(/^Kỳ báo cáo từ 01\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}/);
    await page.getByLabel('Từ ngày').fill('01/01/2099');
    await page.getByLabel('Đến ngày').fill('31/01/2099');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Kỳ báo cáo chưa bắt đầu');
    await expect(caption.textContent()).resolves.toBe(shown);
    expect(shown).not.toContain('2099');

    await page.getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
    await page.locator(`tr[data-code="${code}"]`).waitFor();
    await page.getByLabel('Mã hồ sơ, tên hoặc số định danh người nộp').fill('Hoàng Văn Nam');
    await page.getByLabel('Mã hồ sơ, tên hoặc số định danh người nộp').press('Enter');
    await page.locator(`tr[data-code="${code}"]`).waitFor({ state: 'detached' });
    await expect(page.locator('table.dossiers tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('table.dossiers tbody').textContent()).resolves.toContain('Hoàng Văn Nam');
    await page.context().close();
  });

  it('hands the result back: the leader signs, reception hands it over, the dossier is graded late', async () => {
    const leader = await officeScreen(browser);
    await signIn(leader, baseUrl, 'chutich.xa');
    await leader.goto(`${baseUrl}/ho-so/${code}`);
    await leader.getByRole('button', { name: 'Ký duyệt' }).click();
    await leader.getByRole('button', { name: 'Xác nhận: Ký duyệt' }).click();
    await leader.getByText('Đã thực hiện: Ký duyệt.').waitFor();
    await leader.context().close();

    const reception = await officeScreen(browser);
    await signIn(reception, baseUrl, 'letan.xa');
    const row = reception.locator('#ready').locator(`tr[data-code="${code}"]`);
    await row.waitFor();
    await row.getByRole('link', { name: code }).click();
    await reception.getByRole('button', { name: 'Trả kết quả cho công dân' }).click();
    // The hand-over asks who collects the result: here the applicant, with their own identity number.
    await reception.getByRole('button', { name: 'Xác nhận: Trả kết quả cho công dân' }).click();
    await expect(reception.getByRole('alert').textContent()).resolves.toContain('gồm đúng 12 chữ số');
    await reception.getByLabel('Số giấy tờ *').fill('001085012345');
    await reception.getByRole('button', { name: 'Xác nhận: Trả kết quả cho công dân' }).click();
    await reception.getByText('Đã thực hiện: Trả kết quả cho công dân.').waitFor();
    await reception.getByTestId('result-collector').filter({ hasText: LONG_NAME }).waitFor();
    await reception.locator('.head-status', { hasText: 'Đã trả kết quả' }).waitFor();
    const handOver = reception.locator('.timeline-item', { hasText: 'Trả kết quả cho công dân' });
    await handOver.waitFor();
    // The last step itself was quick; the dossier as a whole missed its appointment.
    await expect(handOver.locator('.badge').first().textContent()).resolves.toBe('Trước hạn');
    await expect(handOver.locator('.dossier-grade').textContent()).resolves.toBe('Quá hạn');
    await expect((await client.get('letan.xa', `/dossiers/${code}`)).body.status).toBe('done');
    await reception.context().close();
  });

  it('shows the fees at reception, records a payment at the desk, and hands the result to an authorized person', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    await page.goto(`${baseUrl}/tiep-nhan`);
    await page.getByLabel('Thủ tục *').selectOption('1.001612');
    await expect(page.getByTestId('fees-total').textContent()).resolves.toBe('100.000 đồng');
    await expect(page.locator('table.fees').textContent()).resolves.toContain('Nộp trước khi nhận kết quả');

    const fee = (await client.receive('letan.xa', '1.001612', {}, 77)).body.code as string;
    await client.started('letan.xa', fee);
    await client.act('letan.xa', fee, 'forward');
    await client.act('kinhte.xa1', fee, 'submit');
    await client.act('truongphong.kt', fee, 'approve');
    await page.goto(`${baseUrl}/ho-so/${fee}`);
    await expect(page.getByTestId('due-amount').textContent()).resolves.toBe('100.000 đồng');
    // Handing the result over unpaid is refused, with the amount due.
    await page.getByRole('button', { name: 'Trả kết quả cho công dân' }).click();
    await page.getByLabel('Nhận kết quả').selectOption('authorized');
    await page.getByLabel('Họ và tên người được ủy quyền *').fill('Lò Văn Páo');
    await page.getByLabel('Số giấy tờ *').fill('012089012345');
    await page.getByLabel('Giấy ủy quyền (số, ngày, nơi chứng thực) *').fill('Giấy ủy quyền số 15/2026');
    await page.getByRole('button', { name: 'Xác nhận: Trả kết quả cho công dân' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('chưa nộp đủ phí, lệ phí');

    await page.getByLabel('Số biên lai *').fill('BL-WEB-1');
    await page.getByRole('button', { name: 'Ghi nhận đã thu' }).click();
    await page.getByText('Đã ghi nhận khoản thu.').waitFor();
    // The card is read again with the dossier's new version.
    await page
      .getByTestId('due-amount')
      .filter({ hasText: /^0 đồng$/ })
      .waitFor();
    await expect(page.getByTestId('payments').textContent()).resolves.toContain('biên lai BL-WEB-1');
    await screenshot(page, '06b-payment');

    // The hand-over form kept what was typed; sent again once paid.
    await page.getByRole('button', { name: 'Xác nhận: Trả kết quả cho công dân' }).click();
    await page.getByText('Đã thực hiện: Trả kết quả cho công dân.').waitFor();
    await page.getByTestId('result-collector').filter({ hasText: 'Lò Văn Páo' }).waitFor();
    expect((await client.get('letan.xa', `/dossiers/${fee}`)).body.resultCollector).toMatchObject({
      kind: 'authorized',
      fullName: 'Lò Văn Páo',
      authorization: 'Giấy ủy quyền số 15/2026',
    });
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('draws a procedure diagram with its step table', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'tuphap.xa1');
    await page.getByRole('link', { name: 'Thủ tục' }).click();
    await page.getByRole('link', { name: 'Cấp bản sao từ sổ gốc' }).click();
    const steps = page.locator('table', { hasText: 'Trách nhiệm' });
    await steps.locator('tbody tr').first().waitFor();
    await expect(steps.locator('tbody tr').count()).resolves.toBe(4);
    await expect(steps.locator('tbody tr').nth(1).textContent()).resolves.toContain('3 giờ làm việc');
    await page.locator('.diagram-host svg').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, '07-procedure');
    await page.context().close();
  });

  it('shows the branches of a joint dossier with the buttons of the one its owner holds, and that branch in the inbox', async () => {
    const received = await client.receive('letan.xa', '1.013001', {}, 7);
    const joint = received.body.code as string;
    await client.started('letan.xa', joint);
    expect((await client.act('letan.xa', joint, 'forward')).status).toBe(200);
    const police = await officeScreen(browser);
    await signIn(police, baseUrl, 'congan.xa1');
    const row = DOSSIER_ROW(police, joint);
    await row.waitFor();
    // The inbox shows the caller's branch step, not the fork.
    await expect(row.textContent()).resolves.toContain('Kiểm tra, cập nhật thông tin thường trú');
    await row.getByRole('link', { name: joint }).click();
    const branches = police.getByTestId('branches');
    await branches.waitFor();
    await expect(branches.locator('li.branch').count()).resolves.toBe(3);
    // Only the police's own branch has buttons.
    await expect(branches.locator('li[data-branch="birth"] button').count()).resolves.toBe(0);
    await expect(branches.locator('li[data-branch="insurance"] button').count()).resolves.toBe(0);
    expect(await horizontalOverflow(police)).toBe(0);
    await screenshot(police, '08-joint-branches');
    const residence = branches.locator('li[data-branch="residence"]');
    await residence.getByRole('button', { name: 'Đăng ký xong' }).click();
    await residence.getByRole('button', { name: 'Xác nhận: Đăng ký xong' }).click();
    await police.getByText('Đã thực hiện thao tác ở nhánh: Đăng ký thường trú (Công an xã).').waitFor();
    await police.locator('li[data-branch="residence"]', { hasText: 'Đã xong' }).waitFor();
    // The procedure's page draws the fork and lists its branches.
    await police.goto(`${baseUrl}/thu-tuc/1.013001`);
    await police.getByText(/^Song song: Đăng ký khai sinh/).waitFor();
    await police.locator('.diagram-host svg').waitFor();
    await expect(police.locator('.diagram-host').textContent()).resolves.toContain(
      'Đăng ký thường trú (Công an xã)',
    );
    expect(await horizontalOverflow(police)).toBe(0);
    await screenshot(police, '09-joint-procedure');
    await police.context().close();
    const after = (await client.get('giamdoc.ttxa', `/dossiers/${joint}`)).body as {
      branches: Array<{ id: string; joinedAt: string | null }>;
    };
    expect(after.branches.find((b) => b.id === 'residence')!.joinedAt).not.toBeNull();
  });

  it('ran every page above under the Content Security Policy without a violation', async () => {
    const home = await fetch(`${baseUrl}/`);
    expect(home.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(cspViolations).toEqual([]);
  });
});
