import { ManualClock } from '@motcua/common';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';

const HOUR = 3_600_000;

describe('a step counted in calendar days (2.001263, adoption: the appraisal holds 15 days)', () => {
  const clock = new ManualClock(new Date('2026-11-30T08:00:00+07:00')); // a Monday
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;

  beforeAll(async () => {
    process.env.WORKFLOWS_DIR = 'workflows';
    e2e = await bootE2e({ clock, worker: true });
    ({ client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('is due at the close of its last day, and graded on the control sheet against it', async () => {
    const code = (await client.receive('letan.xa', '2.001263')).body.code as string;
    await client.started('letan.xa', code);
    clock.advance(HOUR); // Monday 09:00
    const appraising = await client.act('letan.xa', code, 'forward');
    // 15 days from the day after Monday 30 November: Tuesday 15 December, at the close of business.
    expect(appraising.body.step).toMatchObject({
      id: 'appraise',
      startedAt: '2026-11-30T09:00:00+07:00',
      dueAt: '2026-12-15T17:00:00+07:00',
    });

    clock.set(new Date('2026-12-15T16:00:00+07:00'));
    await client.act('tuphap.xa1', code, 'submit');
    const sheet = (await client.get('giamdoc.ttxa', `/dossiers/${code}/history`)).body as Array<
      Record<string, unknown>
    >;
    expect(
      sheet.filter((r) => r.action === 'submit').map((r) => [r.fromStep, r.toStep, r.timeliness]),
    ).toEqual([['appraise', 'review', 'on_time']]);
  });
});
