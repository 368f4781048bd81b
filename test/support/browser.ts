import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const ROOT = join(__dirname, '..', '..');

// Without the background-networking switches Chromium dials out at start and a closed network refuses it.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The built console (dist/web), built now when missing so the suite also runs on a fresh checkout. */
export function ensureWebBuilt(): void {
  if (existsSync(join(ROOT, 'dist', 'web', 'index.html'))) return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'error',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** What the browser refused under the api's Content Security Policy, in every page opened by officeScreen. */
export const cspViolations: string[] = [];

/** A fresh browser context (no shared sessionStorage) on a 1366×768 office screen. */
export async function officeScreen(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`error in the page ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** The page scrolls no wider than the viewport: nothing overflows sideways. */
export const horizontalOverflow = (page: Page): Promise<number> =>
  // A string: the test project's TypeScript has no DOM library.
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password = 'motcua',
): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Mật khẩu').press('Enter');
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
