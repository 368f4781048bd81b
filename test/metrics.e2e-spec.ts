import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { JobName, QueueName } from '@motcua/queue';
import { query, startWorker } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';
import { insertAcceptedDossier, testQueue, waitFor } from './support/worker';

const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');

const scrape = async (app: INestApplication): Promise<string> => {
  const res = await request(app.getHttpServer()).get('/metrics').expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text;
};

/** The value of one sample line, e.g. `motcua_open_dossiers{flag="overdue"}`. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('Prometheus metrics', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2e | undefined;
  let api: INestApplication;
  let worker: INestApplication | undefined;
  let queue: Queue | undefined;

  beforeAll(async () => {
    e2e = await bootE2e({ clock });
    ({ api } = e2e);
  });

  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await e2e?.close();
  });

  it('answers /metrics on the api without a token, outside /api/v1, with the gauges and default metrics', async () => {
    const text = await scrape(api);
    expect(text).toContain('# TYPE motcua_open_dossiers gauge');
    for (const flag of ['due_soon', 'overdue', 'step_overdue', 'stalled', 'none']) {
      expect(sample(text, `motcua_open_dossiers{flag="${flag}"}`)).toBe(0);
    }
    expect(text).toContain('# TYPE motcua_transitions_total counter');
    expect(text).toContain('# TYPE motcua_sweep_duration_seconds histogram');
    expect(text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(text).not.toContain('motcua_queue_jobs');
    await request(api.getHttpServer()).get('/api/v1/metrics').expect(404);
  });

  it('counts a flagged running dossier under its flag, and neither paused nor finished ones', async () => {
    const running = async (flags: string) => {
      const { id } = await insertAcceptedDossier('1.009994', { outbox: false, acceptedAt: MONDAY_8AM });
      await query(`UPDATE dossier SET status = 'in_progress', ${flags} WHERE id = $1`, [id]);
      return id;
    };
    await running('flag_overdue_at = now(), flag_step_overdue_at = now()');
    await running('flag_due_soon_at = NULL');
    const paused = await running('flag_overdue_at = now()');
    await query(`UPDATE dossier SET status = 'awaiting_supplement', paused_at = now() WHERE id = $1`, [
      paused,
    ]);
    const done = await running('flag_stalled_at = now()');
    await query(`UPDATE dossier SET status = 'done' WHERE id = $1`, [done]);

    const text = await scrape(api);
    expect(sample(text, 'motcua_open_dossiers{flag="overdue"}')).toBe(1);
    expect(sample(text, 'motcua_open_dossiers{flag="step_overdue"}')).toBe(1);
    expect(sample(text, 'motcua_open_dossiers{flag="stalled"}')).toBe(0);
    expect(sample(text, 'motcua_open_dossiers{flag="none"}')).toBe(1);
  });

  it('answers /metrics on the worker with the depth of each queue and the failed job attempts', async () => {
    worker = await startWorker({ clock });
    const text = await scrape(worker);
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(sample(text, `motcua_queue_jobs{queue="notifications",state="${state}"}`)).toBe(0);
    }
    expect(sample(text, 'motcua_queue_jobs{queue="dossier-intake",state="failed"}')).toBe(0);

    queue = testQueue(QueueName.Notifications);
    // Input that can never succeed fails at once, without retries.
    await queue.add(JobName.Escalate, { flagId: 'not-a-flag', level: 1 }, { jobId: 'metrics-failure' });
    const after = await waitFor(
      async () => {
        const t = await scrape(worker!);
        return sample(t, 'motcua_job_failures_total{queue="notifications",name="escalate"}') === 1
          ? t
          : undefined;
      },
      { what: 'the failure to be counted' },
    );
    expect(sample(after, 'motcua_queue_jobs{queue="notifications",state="failed"}')).toBe(1);
  });
});
