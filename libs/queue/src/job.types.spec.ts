import { DEFAULT_JOB_OPTIONS, jobId } from './job.types';
import { JOB_NAMES, QUEUE_NAMES, QUEUE_OF, queuePrefix } from './queue-names.types';

describe('jobId', () => {
  it('joins the parts with dashes: the same subject gives the same id', () => {
    const dossier = '6f1c2f9e-8a57-4a8e-9f0b-3d2f1c4b5a69';
    expect(jobId('intake', dossier)).toBe(`intake-${dossier}`);
    expect(jobId('intake', dossier)).toBe(jobId('intake', dossier));
    expect(jobId('deadline', dossier, 'appraise', 3)).toBe(`deadline-${dossier}-appraise-3`);
  });

  it('never contains a colon, which BullMQ reserves for its keys', () => {
    expect(jobId('at', '2026-11-21T08:00:00+07:00')).toBe('at-2026-11-21T08_00_00+07_00');
  });
});

describe('queues and jobs', () => {
  it('sends every job name to a known queue', () => {
    for (const name of JOB_NAMES) expect(QUEUE_NAMES).toContain(QUEUE_OF[name]);
  });

  it('gives each queue a hash tag of its own, so that its keys share a slot and the queues spread over shards', () => {
    for (const name of QUEUE_NAMES) expect(queuePrefix(name)).toBe(`{${name}}`);
    expect(new Set(QUEUE_NAMES.map(queuePrefix)).size).toBe(QUEUE_NAMES.length);
  });

  it('keeps failed jobs, and completed ones long enough to recognise a re-added id', () => {
    expect(DEFAULT_JOB_OPTIONS).toMatchObject({
      removeOnFail: false,
      attempts: 8,
      backoff: { type: 'exponential' },
    });
    expect(DEFAULT_JOB_OPTIONS.removeOnComplete).toMatchObject({ age: 24 * 3600 });
  });
});
