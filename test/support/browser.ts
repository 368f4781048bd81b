import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
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

/** The widths the console is laid out for: the 1366 px office screen and the 1024 px minimum. */
export const OFFICE_WIDTHS = [1366, 1024] as const;

/** A fresh browser context (no shared sessionStorage) on a 1366×768 office screen, or `width` wide, in Vietnamese. */
export async function officeScreen(browser: Browser, width = 1366, locale = 'vi-VN'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 768 },
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`error in the page ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      cspViolations.push(`${page.url()}: ${message.text()}`);
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

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/**
 * Runs axe-core (every WCAG 2.x A and AA rule, and its best practices) on the page as it is now, and fails on any
 * violation, naming the rule and the elements. Evaluated through the DevTools protocol, so the page's Content
 * Security Policy neither blocks it nor reports it.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) await page.evaluate(axe.source);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    })))`,
  );
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
  if (report.length > 0) throw new Error(`axe on ${what} (${page.url()}):\n${report.join('\n')}`);
}

/**
 * Where the header's pieces (brand, each menu entry, notifications, the user, sign-out) overlap one another or
 * leave the screen; empty when the header is laid out cleanly.
 */
export const headerClashes = (page: Page): Promise<string[]> =>
  page.evaluate<string[]>(`(() => {
    const parts = [...document.querySelectorAll('.topbar .brand, .topbar nav li, .topbar .bell, .topbar .who, .topbar > button')]
      .map((el) => ({ name: el.textContent.trim().slice(0, 30), box: el.getBoundingClientRect() }));
    const clashes = [];
    const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    parts.forEach((a, i) => {
      if (a.box.left < -0.5 || a.box.right > window.innerWidth + 0.5) clashes.push(a.name + ' leaves the screen');
      parts.slice(i + 1).forEach((b) => { if (overlap(a.box, b.box)) clashes.push(a.name + ' overlaps ' + b.name); });
    });
    return clashes;
  })()`);

/** Native date and time pickers, which follow the browser's language instead of dd/mm/yyyy, 24 h. */
export const nativeDatePickers = (page: Page): Promise<number> =>
  page
    .locator('input[type="date"], input[type="datetime-local"], input[type="time"], input[type="month"]')
    .count();
