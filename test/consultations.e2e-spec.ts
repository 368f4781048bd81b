import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';

// The sample workflows, with birth registration's appraisal waiting for the opinions it asks.
const workflows = mkdtempSync(join(tmpdir(), 'motcua-consultation-'));
cpSync('workflows', workflows, { recursive: true });
const birth = join(workflows, 'procedures', '1.001193.yaml');
writeFileSync(
  birth,
  readFileSync(birth, 'utf8').replace(
    '    owner: { unit: tu-phap-xa, role: officer }\n',
    '    owner: { unit: tu-phap-xa, role: officer }\n    consultation: wait\n',
  ),
);
process.env.WORKFLOWS_DIR = workflows;

const at = (local: string): Date => new Date(`${local}+07:00`);
const QUESTION = 'Đề nghị Công an xã cho ý kiến về nơi cư trú của người yêu cầu';

interface Listed {
  id: string;
  dossierCode: string;
  procedureCode: string;
  question: string;
  dueAt: string;
  overdue: boolean;
  answer: string | null;
}

describe('consultations of other units (xin ý kiến)', () => {
  const clock = new ManualClock(at('2026-12-07T08:00:00'));
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
    rmSync(workflows, { recursive: true, force: true });
    delete process.env.WORKFLOWS_DIR;
  });

  const version = async (code: string) => (await client.get('letan.xa', `/dossiers/${code}`)).body.version;
  const ask = async (code: string, body: Record<string, unknown> = {}) =>
    client.post('tuphap.xa1', `/dossiers/${code}/consultations`, {
      unit: 'cong-an-xa',
      question: QUESTION,
      deadline: { amount: 1, unit: 'working_day' },
      expectedVersion: await version(code),
      ...body,
    });
  const answer = (
    username: string,
    code: string,
    id: string,
    text = 'Người yêu cầu cư trú tại địa chỉ đã khai',
  ) => client.post(username, `/dossiers/${code}/consultations/${id}/answer`, { answer: text });
  const policeList = async (all = false) =>
    (await client.get('congan.xa1', `/consultations${all ? '?all=true' : ''}`)).body as Listed[];

  async function atAppraisal(procedure: string, n: number): Promise<string> {
    const res = await client.receive('letan.xa', procedure, {}, n);
    expect(res.status).toBe(201);
    const code = res.body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    return code;
  }

  it("asks, shows in the consulted unit's list without the applicant, is answered there; the step goes on", async () => {
    clock.set(at('2026-12-07T08:00:00'));
    const code = await atAppraisal('2.000908', 1);
    clock.set(at('2026-12-07T09:00:00'));
    const asked = await ask(code);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      dossierCode: code,
      unit: 'cong-an-xa',
      askedUnit: 'tu-phap-xa',
      question: QUESTION,
      // One working day on the center calendar.
      dueAt: '2026-12-08T09:00:00+07:00',
      overdue: false,
      answer: null,
    });
    const id = asked.body.id as string;

    const list = await policeList();
    expect(list.map((c) => [c.dossierCode, c.question, c.overdue])).toEqual([[code, QUESTION, false]]);
    const listed = JSON.stringify(list);
    expect(listed).not.toContain(applicant(1).fullName);
    expect(listed).not.toContain(applicant(1).idNumber);
    expect((await client.get('tuphap.xa1', '/consultations')).body).toEqual([]);

    // Only the consulted unit answers.
    expect((await answer('kinhte.xa1', code, id)).body.code).toBe('NOT_CONSULTED');
    expect((await answer('letan.xa', code, id)).status).toBe(403);
    expect((await answer('congan.xa1', code, '00000000-0000-4000-8000-000000000000')).status).toBe(404);

    // The step does not wait for it (consultation: continue, the default).
    expect((await client.act('tuphap.xa1', code, 'submit')).status).toBe(200);

    clock.set(at('2026-12-07T14:00:00'));
    const answered = await answer('congan.xa1', code, id);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      answer: 'Người yêu cầu cư trú tại địa chỉ đã khai',
      overdue: false,
    });
    expect((await answer('truongca.xa', code, id)).status).toBe(409);
    expect(await policeList()).toEqual([]);
    expect((await policeList(true)).map((c) => c.id)).toEqual([id]);

    // The asking side reads the answer; the ask and the answer are on the dossier's record.
    const mine = (await client.get('tuphap.xa1', `/dossiers/${code}/consultations`)).body as Listed[];
    expect(mine.map((c) => c.answer)).toEqual(['Người yêu cầu cư trú tại địa chỉ đã khai']);
    const history = (await client.get('letan.xa', `/dossiers/${code}/history`)).body as Array<{
      action: string;
      comment: string;
      actor: { username: string };
      payload: Record<string, unknown>;
    }>;
    expect(
      history.filter((e) => e.action.startsWith('consult')).map((e) => [e.action, e.actor.username]),
    ).toEqual([
      ['consult', 'tuphap.xa1'],
      ['consult_answer', 'congan.xa1'],
    ]);
    expect(history.find((e) => e.action === 'consult_answer')!.payload).toMatchObject({ answered: 'early' });
    // The citizen's public lookup leaves the agencies' consultations out.
    const [{ key }] = await query<{ key: string }>('SELECT lookup_key AS key FROM dossier WHERE code = $1', [
      code,
    ]);
    const lookup = await request(api.getHttpServer()).get(`/api/v1/public/dossiers/${code}`).query({ key });
    expect(lookup.status).toBe(200);
    const actions = (lookup.body.timeline as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toContain('submit');
    expect(actions.filter((a) => a.startsWith('consult'))).toEqual([]);
    const sheet = await client.get('letan.xa', `/dossiers/${code}/forms/06.html`);
    expect(sheet.status).toBe(200);
    expect(sheet.text).toContain(
      `07/12/2026 09:00: Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch) xin ý kiến Công an xã Gia Phú ` +
        `(hạn 08/12/2026 09:00): ${QUESTION}; trả lời 07/12/2026 14:00 (Trước hạn)`,
    );
  });

  it('holds the hand-over of a step that waits until the opinion comes, and shows it overdue when late', async () => {
    clock.set(at('2026-12-08T08:00:00'));
    const code = await atAppraisal('1.001193', 2);
    const asked = await ask(code, { deadline: { amount: 2, unit: 'working_hour' }, role: 'head' });
    expect(asked.status).toBe(201);
    expect(asked.body.dueAt).toBe('2026-12-08T10:00:00+07:00');

    // The step's own actions are not offered while it waits; a supplement request still is.
    const waiting = (await client.get('tuphap.xa1', `/dossiers/${code}`)).body.allowedActions as string[];
    expect(waiting).not.toContain('submit');
    expect(waiting).toContain('request_supplement');
    const held = await client.act('tuphap.xa1', code, 'submit');
    expect(held.status).toBe(409);
    expect(held.body).toMatchObject({ code: 'CONSULTATION_OPEN' });
    expect(held.body.message).toMatch(/chờ ý kiến/);

    clock.set(at('2026-12-08T13:30:00'));
    expect((await policeList()).find((c) => c.dossierCode === code)).toMatchObject({ overdue: true });
    // Asked of the head: the police officer may not answer it.
    expect((await answer('congan.xa1', code, asked.body.id)).body.code).toBe('NOT_CONSULTED');
    const late = await answer('truongca.xa', code, asked.body.id);
    expect(late.status).toBe(200);
    expect(late.body.overdue).toBe(true);

    expect((await client.get('tuphap.xa1', `/dossiers/${code}`)).body.allowedActions).toContain('submit');
    expect((await client.act('tuphap.xa1', code, 'submit')).status).toBe(200);
    const history = (await client.get('letan.xa', `/dossiers/${code}/history`)).body as Array<{
      action: string;
      payload: Record<string, unknown>;
    }>;
    expect(history.find((e) => e.action === 'consult_answer')!.payload).toMatchObject({ answered: 'late' });
  });

  it('is refused to someone who does not hold the step, and for a unit that does not exist', async () => {
    clock.set(at('2026-12-09T08:00:00'));
    const code = await atAppraisal('2.000908', 3);
    const byDesk = await client.post('letan.xa', `/dossiers/${code}/consultations`, {
      unit: 'cong-an-xa',
      question: QUESTION,
      deadline: { amount: 1, unit: 'working_day' },
      expectedVersion: await version(code),
    });
    expect({ status: byDesk.status, code: byDesk.body.code }).toEqual({
      status: 403,
      code: 'NOT_STEP_OWNER',
    });
    const unknown = await ask(code, { unit: 'cong-an' });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({
      status: 422,
      code: 'UNKNOWN_UNIT',
    });
    expect(unknown.body.message).toMatch(/không có đơn vị 'cong-an'/);
  });
});
