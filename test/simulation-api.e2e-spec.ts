import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { login } from './support/auth';
import { bootE2e, type E2e } from './support/boot-e2e';
import { threeOctoberDossiers } from './support/simulation-data';

const CURRENT = readFileSync('workflows/procedures/2.000908.yaml', 'utf8');
const PERIOD = { from: '2026-10-01', to: '2026-10-31' };

describe('POST /improvement/simulations', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  const post = (token: string, body: object) =>
    request(api.getHttpServer())
      .post('/api/v1/improvement/simulations')
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  beforeAll(async () => {
    e2e = await bootE2e();
    api = e2e.api;
    await threeOctoberDossiers();
  });

  afterAll(() => e2e?.close());

  it('answers an ISO committee reader with what happened, the two replays and the check', async () => {
    const res = await post(await login(api, 'giamdoc.ttxa'), { draft: CURRENT, ...PERIOD, seed: 3 }).expect(
      200,
    );
    expect(res.body).toMatchObject({
      procedureCode: '2.000908',
      currentVersion: 1,
      draftVersion: 1,
      seed: 3,
      actual: { dossiers: 3, resolvedOnTime: 2, resolvedLate: 1, lateCodes: ['SIM-C'] },
      check: { tolerance: 0.02 },
    });
    expect(res.body.steps.map((s: { stepId: string }) => s.stepId)).toEqual([
      'receive',
      'appraise',
      'sign',
      'release',
    ]);
    expect(res.body.current.dossiers).toBe(3);
    expect(JSON.stringify(res.body)).not.toContain('Nguyễn Văn An');
  });

  it.each([
    ['the admin', 'quantri', 200],
    ['a supervisor of the commune center', 'giamdoc.ttxa', 200],
    ['a supervisor of the provincial center', 'giamdoc.pvhcc', 403],
    ['the head of a unit that is not the agency', 'chanhvp.xa', 403],
    ['reception', 'letan.xa', 403],
    ['an officer', 'tuphap.xa1', 403],
  ])('answers %s (%s) on a commune procedure with %i', async (_who, username, status) => {
    const res = await post(await login(api, username), { draft: CURRENT, ...PERIOD });
    expect(res.status).toBe(status);
    if (status === 403) expect(res.body.code).toMatch(/^FORBIDDEN/);
  });

  it('hands the current file over as a starting draft to the same readers', async () => {
    const res = await request(api.getHttpServer())
      .get('/api/v1/improvement/simulations/drafts/2.000908')
      .set('Authorization', `Bearer ${await login(api, 'giamdoc.ttxa')}`)
      .expect(200);
    expect(res.body).toEqual({ code: '2.000908', version: 1, text: CURRENT });
    await request(api.getHttpServer())
      .get('/api/v1/improvement/simulations/drafts/2.000908')
      .set('Authorization', `Bearer ${await login(api, 'chanhvp.xa')}`)
      .expect(403);
  });

  it('refuses an invalid draft with its errors by line, in Vietnamese', async () => {
    const broken = CURRENT.replace('submit: sign', 'submit: nowhere');
    const res = await post(await login(api, 'quantri'), { draft: broken, ...PERIOD }).expect(422);
    expect(res.body).toMatchObject({
      code: 'INVALID_DRAFT_PROCEDURE',
      message: expect.stringContaining('không hợp lệ'),
    });
    expect(res.body.details.errors.join('\n')).toMatch(/draft\.yaml:\d+/);
  });

  it('refuses a procedure the catalog does not have, a bad period, a year without a calendar, an unknown unit or step', async () => {
    const token = await login(api, 'quantri');
    const unknown = CURRENT.replace("code: '2.000908'", "code: '2.999999'");
    expect((await post(token, { draft: unknown, ...PERIOD })).body.code).toBe('UNKNOWN_PROCEDURE');
    expect((await post(token, { draft: CURRENT, from: '2026-10-31', to: '2026-10-01' })).body.code).toBe(
      'BAD_PERIOD',
    );
    expect((await post(token, { draft: CURRENT, from: '2026-02-30', to: '2026-03-31' })).body.code).toBe(
      'BAD_PERIOD',
    );
    const uncovered = await post(token, { draft: CURRENT, from: '2020-01-01', to: '2020-12-31' }).expect(404);
    expect(uncovered.body).toMatchObject({
      code: 'CALENDAR_YEAR_NOT_COVERED',
      message: 'Chưa có lịch làm việc của năm này.',
    });
    const unit = await post(token, { draft: CURRENT, ...PERIOD, staff: [{ unit: 'khong-co', officers: 2 }] });
    expect(unit.body.code).toBe('UNKNOWN_UNIT');
    const step = await post(token, {
      draft: CURRENT,
      ...PERIOD,
      assume: [{ step: 'khong-co', minutes: 30 }],
    });
    expect(step.body.code).toBe('UNKNOWN_SIMULATION_STEP');
    const invalid = await post(token, { draft: CURRENT, ...PERIOD, seed: -1 }).expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
  });
});
