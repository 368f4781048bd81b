import type { Browser } from 'playwright-core';
import { query } from './support/app';
import { bootBrowserE2e, type BrowserE2e } from './support/boot-e2e';
import { officeScreen, screenshot, signIn } from './support/browser';

jest.setTimeout(150_000);

const TEMPORARY = 'cầu mây bến nước sân đình 7';
const OWN = 'ruộng bậc thang mùa lúa chín';

describe('web console: passwords, accounts, and a session that ends during work', () => {
  let e2e: BrowserE2e | undefined;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    e2e = await bootBrowserE2e();
    ({ baseUrl, browser } = e2e);
  }, 120_000);

  afterAll(() => e2e?.close());

  it('keeps what reception was typing when the session ends, and puts it back after signing in again', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'letan.xa');
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByLabel('Thủ tục *').selectOption('2.000908');
    const required = page.getByRole('checkbox', {
      name: /Tờ khai \(văn bản\) yêu cầu cấp bản sao từ sổ gốc/,
    });
    await required.check();
    await page.getByLabel('Họ và tên').fill('Hoàng Thị Lan');
    await page.getByLabel('Số định danh cá nhân').fill('001085012345');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByLabel('Địa chỉ').fill('Thôn Phú Hợp, xã Gia Phú, tỉnh Lào Cai');

    // The session ends on the server (its hour is over, or it was revoked) while the form is being filled.
    await query(`UPDATE app_user SET token_version = token_version + 1 WHERE username = 'letan.xa'`);
    await page.getByLabel('Địa chỉ').press('Enter');

    await page.getByText('Phiên đăng nhập đã hết hạn').waitFor();
    const kept = await page.evaluate<string>("sessionStorage.getItem('motcua.draft') ?? ''");
    expect(kept).toContain('Hoàng Thị Lan');
    expect(kept).not.toContain('motcua"');
    await screenshot(page, '20-session-expired');
    await page.getByLabel('Tên đăng nhập').fill('letan.xa');
    await page.getByLabel('Mật khẩu').fill('motcua');
    await page.getByLabel('Mật khẩu').press('Enter');

    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    // The fields come back one at a time as the page loads the procedure: wait for the last one.
    for (let i = 0; i < 100; i++) {
      if ((await required.isChecked()) && (await page.getByLabel('Địa chỉ').inputValue()) !== '') break;
      await page.waitForTimeout(100);
    }
    await expect(page.getByLabel('Họ và tên').inputValue()).resolves.toBe('Hoàng Thị Lan');
    await expect(page.getByLabel('Thủ tục *').inputValue()).resolves.toBe('2.000908');
    await expect(required.isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Địa chỉ').inputValue()).resolves.toBe(
      'Thôn Phú Hợp, xã Gia Phú, tỉnh Lào Cai',
    );
    await page.getByLabel('Địa chỉ').press('Enter');
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    await page.context().close();
  });

  it('lets the administrator set a temporary password, which the user must change before anything else', async () => {
    const admin = await officeScreen(browser);
    await signIn(admin, baseUrl, 'quantri');
    await admin.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    const row = admin.locator('tr[data-username="tuphap.xa2"]');
    await row.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await row.getByLabel('Mật khẩu tạm').fill('1234567890');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await admin
      .getByRole('alert')
      .getByText(/quá dễ đoán/)
      .waitFor();
    await row.getByLabel('Mật khẩu tạm').fill(TEMPORARY);
    await row.getByRole('button', { name: 'Lưu' }).click();
    await admin.getByText('Đã đặt mật khẩu tạm cho tuphap.xa2').waitFor();
    await row.getByText('Hoạt động · phải đổi mật khẩu').waitFor();
    await screenshot(admin, '21-accounts');
    await expect(admin.locator('tr[data-username="dvcqg"]').textContent()).resolves.toContain(
      'Tài khoản hệ thống',
    );
    await admin.context().close();

    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'tuphap.xa2', TEMPORARY);
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await page.getByText('Mật khẩu của bạn do quản trị viên đặt').waitFor();
    await page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill(TEMPORARY);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(OWN);
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(`${OWN}!`);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Hai lần nhập mật khẩu mới không khớp nhau.').waitFor();
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(OWN);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    await page.context().close();

    const again = await officeScreen(browser);
    await signIn(again, baseUrl, 'tuphap.xa2', OWN);
    await again.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    await again.context().close();
  });

  it('lets a user change their own password from their name in the header; signing out ends the session', async () => {
    const page = await officeScreen(browser);
    await signIn(page, baseUrl, 'chanhvp.xa');
    const token = await page.evaluate<string>("sessionStorage.getItem('motcua.token')");
    await page.locator('a[href="/doi-mat-khau"]').click();
    await page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill('motcua');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(OWN);
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(OWN);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    const old = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(old.status).toBe(401);
    await page.getByRole('link', { name: 'Hộp việc', exact: true }).click();
    await page.getByRole('heading', { name: 'Hộp việc' }).waitFor();

    const current = await page.evaluate<string>("sessionStorage.getItem('motcua.token')");
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await expect(page.getByText('Phiên đăng nhập đã hết hạn').count()).resolves.toBe(0);
    const after = await fetch(`${baseUrl}/api/v1/auth/me`, {
      headers: { Authorization: `Bearer ${current}` },
    });
    expect(after.status).toBe(401);
    await page.context().close();
  });
});
