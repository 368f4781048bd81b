import type { Browser } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { bootBrowserE2e, type BrowserE2eWithWorker } from './support/boot-e2e';
import { cspViolations, officeScreen, signIn } from './support/browser';
import { applicant, DossierClient } from './support/dossier-client';

jest.setTimeout(150_000);

const QUESTION = 'Đề nghị Công an xã xác nhận nơi cư trú của người yêu cầu';

describe('transfer and consultations in the web console', () => {
  // The real time, so that the browser and the server agree on "now".
  const clock = new ManualClock(new Date());
  let e2e: BrowserE2eWithWorker | undefined;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootBrowserE2e({ clock, worker: true });
    ({ client, baseUrl, browser } = e2e);
  }, 120_000);

  afterAll(() => e2e?.close());

  it("is asked from the dossier's page, listed in the police's inbox without the applicant, answered there and read back", async () => {
    const code = (await client.receive('letan.xa', '2.000908', {}, 7)).body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    // The officer holding the appraisal asks the police from the dossier's page.
    const officer = await officeScreen(browser);
    await signIn(officer, baseUrl, 'tuphap.xa1');
    await officer.goto(`${baseUrl}/ho-so/${encodeURIComponent(code)}`);
    await officer.getByLabel('Đơn vị được hỏi ý kiến').selectOption('cong-an-xa');
    await officer.getByLabel('Nội dung xin ý kiến').fill(QUESTION);
    await officer.getByLabel('Thời hạn trả lời').fill('2');
    await officer.getByRole('button', { name: 'Gửi xin ý kiến' }).click();
    await officer.getByText('Đã gửi xin ý kiến.').waitFor();
    // The question is also quoted on the timeline (the consult event's comment) once the history reloads.
    await officer
      .locator('section[aria-labelledby="consultations-title"] .quote', { hasText: QUESTION })
      .waitFor();
    await officer.getByText('Chưa trả lời').waitFor();

    const police = await officeScreen(browser);
    await signIn(police, baseUrl, 'congan.xa1');
    await police.getByRole('link', { name: 'Hộp việc' }).click();
    const section = police.locator('#consultations');
    await section.getByText(QUESTION).waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain(code);
    expect(text).toContain('Cấp bản sao từ sổ gốc');
    expect(text).not.toContain(applicant(7).fullName);
    await section.getByLabel('Trả lời').fill('Người yêu cầu cư trú tại địa chỉ đã khai');
    await section.getByRole('button', { name: 'Gửi trả lời' }).click();
    await section.getByText('Không có ý kiến nào đang chờ đơn vị trả lời.').waitFor();
    await police.context().close();

    const mine = (await client.get('tuphap.xa1', `/dossiers/${code}/consultations`)).body as Array<{
      answer: string | null;
      dueAt: string;
    }>;
    expect(mine.map((c) => c.answer)).toEqual(['Người yêu cầu cư trú tại địa chỉ đã khai']);
    // The officer reads the answer on the dossier's page.
    await officer.reload();
    // Shown twice once the page has loaded: under the consultation and on the timeline.
    await officer.getByText('Người yêu cầu cư trú tại địa chỉ đã khai').first().waitFor();
    await officer.context().close();
    expect(cspViolations).toEqual([]);
  });

  it('lets the appraising officer send the dossier to the competent agency from its page', async () => {
    const code = (await client.receive('letan.xa', '1.009994', {}, 8)).body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);

    const officer = await officeScreen(browser);
    await signIn(officer, baseUrl, 'kinhte.xa1');
    await officer.goto(`${baseUrl}/ho-so/${encodeURIComponent(code)}`);
    await officer.locator('summary', { hasText: 'Chuyển cơ quan có thẩm quyền' }).click();
    await officer.getByLabel('Thủ tục của cơ quan có thẩm quyền').selectOption('1.115668');
    await officer.getByLabel('Lý do chuyển').fill('Thuộc thẩm quyền Văn phòng Đăng ký đất đai tỉnh');
    await officer.getByRole('button', { name: 'Chuyển hồ sơ' }).click();
    await officer.getByText('Đã chuyển hồ sơ đến cơ quan có thẩm quyền.').waitFor();
    await officer.getByText(/^1\.115668 · /).waitFor();
    // The timeline shows it; the new step belongs to the provincial desk, so the officer is no longer offered it.
    await officer.locator('.timeline-item', { hasText: 'Chuyển cơ quan có thẩm quyền' }).waitFor();
    expect(await officer.locator('summary', { hasText: 'Chuyển cơ quan có thẩm quyền' }).count()).toBe(0);
    await officer.context().close();
    expect((await client.get('letan.tinh1', `/dossiers/${code}`)).body.step.owner.unit).toBe('pvhcc');
    expect(cspViolations).toEqual([]);
  });
});
