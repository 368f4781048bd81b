import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@motcua/common';
import { resetDatabase, startApi, startWorker } from './support/app';
import { cspViolations, ensureWebBuilt, launchChromium, officeScreen, signIn } from './support/browser';
import { applicant, DossierClient } from './support/dossier-client';

jest.setTimeout(150_000);

const QUESTION = 'Đề nghị Công an xã xác nhận nơi cư trú của người yêu cầu';

describe('the consulted unit answers in the web console', () => {
  // The real time, so that the browser and the server agree on "now".
  const clock = new ManualClock(new Date());
  let api: INestApplication;
  let worker: INestApplication;
  let browser: Browser;
  let baseUrl: string;
  let client: DossierClient;

  beforeAll(async () => {
    ensureWebBuilt();
    await resetDatabase();
    api = await startApi({ clock });
    await api.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    worker = await startWorker({ clock });
    client = new DossierClient(api);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
  });

  it("lists the question in the police's inbox without the applicant and sends the answer", async () => {
    const code = (await client.receive('letan.xa', '2.000908', {}, 7)).body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const version = (await client.get('tuphap.xa1', `/dossiers/${code}`)).body.version as number;
    const asked = await client.post('tuphap.xa1', `/dossiers/${code}/consultations`, {
      unit: 'cong-an-xa',
      question: QUESTION,
      deadline: { amount: 1, unit: 'working_day' },
      expectedVersion: version,
    });
    expect(asked.status).toBe(201);

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
    }>;
    expect(mine.map((c) => c.answer)).toEqual(['Người yêu cầu cư trú tại địa chỉ đã khai']);
    expect(cspViolations).toEqual([]);
  });
});
