import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import {
  cspViolations,
  expectAccessible,
  headerClashes,
  horizontalOverflow,
  nativeDatePickers,
  officeScreen,
  SCREENSHOTS,
  signIn,
} from './support/browser';
import { consoleTour } from './support/console-tour';

// Every page for each role at the office widths (axe, header, no sideways scroll) and on a phone (no sideways
// scroll); each page's screenshot lands in test/screenshots/tour/<width>/ (npm run screenshots).
jest.setTimeout(240_000);

const TOUR_SHOTS = join(SCREENSHOTS, 'tour');
const WIDTHS = [1366, 1024, 390] as const;

describe('every page of the console, for each role, at 1366, 1024 and 390 px', () => {
  let e2e: BrowserE2eWithWorker | undefined;
  let browser: Browser;
  let baseUrl: string;
  let code: string;
  let waiting: string;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ worker: true });
    ({ baseUrl, browser } = e2e);
    const { client } = e2e;
    // One dossier handed to the officers' step (a "Trong hạn" badge in every list), one still at reception.
    code = (await client.receive('letan.xa', '2.000908', {}, 1)).body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    waiting = (await client.receive('letan.xa', '2.000908', {}, 2)).body.code as string;
    await client.started('letan.xa', waiting);
  }, 120_000);

  afterAll(() => e2e?.close());

  const shoot = async (page: Page, width: number, name: string) => {
    mkdirSync(join(TOUR_SHOTS, String(width)), { recursive: true });
    await page.screenshot({ path: join(TOUR_SHOTS, String(width), `${name}.png`), fullPage: true });
  };

  const check = async (page: Page, width: number, name: string) => {
    expect({ name, overflow: await horizontalOverflow(page) }).toEqual({ name, overflow: 0 });
    expect({ name, pickers: await nativeDatePickers(page) }).toEqual({ name, pickers: 0 });
    if (width === 390) return;
    expect({ name, clashes: await headerClashes(page) }).toEqual({ name, clashes: [] });
    await expectAccessible(page, `${name} at ${width} px`);
  };

  it.each(WIDTHS)('the login screen at %i px', async (width) => {
    const page = await officeScreen(browser, width);
    await page.goto(baseUrl);
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    if (width !== 390) await expectAccessible(page, `the login screen at ${width} px`);
    await shoot(page, width, '00-dang-nhap');
    await page.context().close();
  });

  for (const width of WIDTHS)
    for (const [i, who] of consoleTour('', '').entries())
      it(`${who.role} (${who.username}) at ${width} px`, async () => {
        const page = await officeScreen(browser, width);
        await signIn(page, baseUrl, who.username);
        for (const stop of consoleTour(code, waiting)[i].stops) {
          await page.goto(`${baseUrl}${stop.path}`);
          await stop.ready(page);
          await page.waitForLoadState('networkidle');
          await check(page, width, `${who.role}/${stop.name}`);
          await shoot(page, width, `${who.role}-${stop.name}`);
        }
        await page.context().close();
      });

  it('ran every page under the Content Security Policy without a violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
