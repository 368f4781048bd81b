import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import { DeadlineSweepService, SupplementWaitSweepService } from '@motcua/dossier';
import type { Response as AgentResponse } from 'superagent';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { waitFor } from './support/worker';
import { pdfToText } from './support/pdf-text';

// Sweeps run when the test asks for one, at the time it set on the clock.
process.env.DEADLINE_SWEEP_MS = '3600000';

const at = (local: string): Date => new Date(`${local}+07:00`);
/** The joint procedure for children under 6: birth, permanent residence and health insurance card as branches. */
const JOINT = '1.013001';

const binary = (res: AgentResponse, done: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

interface Branch {
  id: string;
  step: {
    id: string;
    name: string;
    owner: { unit: string; role: string };
    assignee: string | null;
    dueAt: string | null;
  } | null;
  joinedAt: string | null;
  closedAt: string | null;
  flags: { dueSoon: string | null; stepOverdue: string | null; stalled: string | null };
  pausedAt: string | null;
  allowedActions: string[];
}

describe('a joint procedure: parallel branches held by three agencies', () => {
  // Monday 7 December 2026, 08:00 in Hà Nội; no holiday that week.
  const clock = new ManualClock(at('2026-12-07T08:00:00'));
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let worker: INestApplication;
  let client: DossierClient;
  let code: string;

  beforeAll(async () => {
    // Job ids name rows (escalate-<flag id>-<level>): jobs left by an earlier suite would stand for this one's,
    // which is why the start empties the Redis index too.
    e2e = await bootE2e({ clock, worker: true });
    ({ api, worker, client } = e2e);
    const res = await client.receive('letan.xa', JOINT);
    expect(res.status).toBe(201);
    code = res.body.code as string;
    await client.started('letan.xa', code);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const view = async (username = 'giamdoc.ttxa') => {
    const res = await client.get(username, `/dossiers/${code}`);
    expect(res.status).toBe(200);
    return res.body as {
      status: string;
      step: { id: string } | null;
      branches: Branch[];
      version: number;
    } & Record<string, unknown>;
  };
  const branch = async (id: string, username?: string): Promise<Branch> =>
    (await view(username)).branches.find((b) => b.id === id)!;
  const inbox = async (username: string) => {
    const res = await client.get(username, '/inbox');
    expect(res.status).toBe(200);
    return res.body.items as Array<{ code: string; branches: Branch[] }>;
  };
  const inInbox = async (username: string) => (await inbox(username)).some((i) => i.code === code);
  const branchFlagRows = async (flag: string) =>
    (
      await query<{ subject: string; step: string; owner_unit: string; cleared_at: Date | null }>(
        `SELECT f.subject, f.step, f.owner_unit, f.cleared_at FROM dossier_flag f JOIN dossier d ON d.id = f.dossier_id
          WHERE d.code = $1 AND f.flag = $2 AND f.subject LIKE 'branch:%' ORDER BY f.id`,
        [code, flag],
      )
    ).map((r) => ({ subject: r.subject, step: r.step, unit: r.owner_unit, cleared: r.cleared_at !== null }));
  const act = async (username: string, action: string, body: Record<string, unknown> = {}) => {
    const res = await client.act(username, code, action, body);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200 });
    return res.body;
  };

  it('forks at reception into three branches, each in its own owner’s inbox with its own due instant', async () => {
    clock.set(at('2026-12-07T09:00:00'));
    const after = await act('letan.xa', 'forward');
    expect(after.step).toMatchObject({ id: 'process' });
    expect(after.status).toBe('in_progress');
    const dossier = await view();
    expect(dossier.step).toMatchObject({ id: 'process', owner: { unit: '', role: '' } });
    expect(dossier.branches.map((b) => [b.id, b.step?.id, b.step?.owner, b.step?.dueAt])).toEqual([
      ['birth', 'register_birth', { unit: 'tu-phap-xa', role: 'officer' }, '2026-12-07T14:30:00+07:00'],
      ['insurance', 'issue_card', { unit: 'bhxh-khu-vuc', role: 'officer' }, '2026-12-09T09:00:00+07:00'],
      [
        'residence',
        'register_residence',
        { unit: 'cong-an-xa', role: 'officer' },
        '2026-12-14T09:00:00+07:00',
      ],
    ]);
    expect(await inInbox('tuphap.xa1')).toBe(true);
    expect(await inInbox('congan.xa1')).toBe(true);
    expect(await inInbox('bhxh.kv1')).toBe(true);
    expect(await inInbox('chutich.xa')).toBe(false);
    // The inbox entry carries the branch the caller holds, with its step and due instant.
    const entry = (await inbox('bhxh.kv1')).find((i) => i.code === code)!;
    expect(entry.branches.find((b) => b.allowedActions.length)).toMatchObject({
      id: 'insurance',
      step: {
        name: 'Cấp mã số bảo hiểm xã hội và thẻ bảo hiểm y tế điện tử cho trẻ',
        dueAt: '2026-12-09T09:00:00+07:00',
      },
      // Asking the citizen for a supplement is reception's or the competent agency's (docs/access.md).
      allowedActions: ['issue'],
    });
    // The social insurance office reads the dossier it holds a branch of (reached_units).
    const [{ reached }] = await query<{ reached: string[] }>(
      'SELECT reached_units AS reached FROM dossier WHERE code = $1',
      [code],
    );
    expect([...reached].sort()).toEqual(['bhxh-khu-vuc', 'cong-an-xa', 'mot-cua-xa', 'tu-phap-xa']);
  });

  it('lets each branch be acted on only by its owner, and only with its branch named', async () => {
    const notOwner = await client.act('congan.xa1', code, 'submit', { branch: 'birth' });
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.code).toBe('NOT_STEP_OWNER');
    const noBranch = await client.act('congan.xa1', code, 'register');
    expect(noBranch.status).toBe(422);
    expect(noBranch.body.code).toBe('BRANCH_REQUIRED');
    expect(noBranch.body.message).toContain('đang được giải quyết song song');
    const unknown = await client.act('congan.xa1', code, 'register', { branch: 'nowhere' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('BRANCH_NOT_OPEN');
    const wrongBranch = await client.act('bhxh.kv1', code, 'issue', { branch: 'residence' });
    expect(wrongBranch.status).toBe(422);
    expect(wrongBranch.body.code).toBe('ACTION_NOT_ALLOWED');
    // Each owner sees the actions of its own branch only.
    expect((await branch('birth', 'congan.xa1')).allowedActions).toEqual([]);
    expect((await branch('residence', 'congan.xa1')).allowedActions).toEqual(['register']);
    expect((await branch('birth', 'tuphap.xa1')).allowedActions).toEqual(['submit', 'request_supplement']);
  });

  it('moves the birth branch through its two owners while the other branches stay where they are', async () => {
    clock.set(at('2026-12-07T10:00:00'));
    await act('tuphap.xa1', 'submit', { branch: 'birth', comment: 'Đủ điều kiện' });
    expect(await inInbox('tuphap.xa1')).toBe(false);
    expect(await inInbox('chutich.xa')).toBe(true);
    expect((await branch('birth')).step).toMatchObject({
      id: 'sign_birth',
      dueAt: '2026-12-07T15:30:00+07:00',
    });
    clock.set(at('2026-12-07T11:00:00'));
    await act('chutich.xa', 'sign', { branch: 'birth' });
    const birth = await branch('birth');
    expect(birth).toMatchObject({ step: null, joinedAt: '2026-12-07T11:00:00+07:00', closedAt: null });
    expect((await view()).step).toMatchObject({ id: 'process' });
    expect(await inInbox('chutich.xa')).toBe(false);
    const joinedAgain = await client.act('chutich.xa', code, 'sign', { branch: 'birth' });
    expect(joinedAgain.status).toBe(422);
    expect(joinedAgain.body.code).toBe('BRANCH_NOT_OPEN');
  });

  it('assigns a branch step to one officer of the branch owner’s unit, and to nobody else', async () => {
    const version = (await view()).version;
    const noBranch = await client.post('truongca.xa', `/dossiers/${code}/assign`, {
      username: 'congan.xa2',
      expectedVersion: version,
    });
    expect(noBranch.status).toBe(422);
    expect(noBranch.body.code).toBe('BRANCH_REQUIRED');
    const otherHead = await client.post('chanhvp.xa', `/dossiers/${code}/assign`, {
      username: 'congan.xa2',
      branch: 'residence',
      expectedVersion: version,
    });
    expect(otherHead.status).toBe(403);
    const res = await client.post('truongca.xa', `/dossiers/${code}/assign`, {
      username: 'congan.xa2',
      branch: 'residence',
      expectedVersion: version,
    });
    expect(res.status).toBe(200);
    expect((res.body.branches as Branch[]).find((b) => b.id === 'residence')!.step).toMatchObject({
      assignee: 'congan.xa2',
    });
    expect(await inInbox('congan.xa1')).toBe(false);
    expect(await inInbox('congan.xa2')).toBe(true);
    const notAssignee = await client.act('congan.xa1', code, 'register', { branch: 'residence' });
    expect(notAssignee.status).toBe(403);
    expect(notAssignee.body.code).toBe('NOT_STEP_OWNER');
  });

  it('flags the branch whose step is overdue, and not the others', async () => {
    clock.set(at('2026-12-09T10:00:00'));
    const report = await worker.get(DeadlineSweepService).sweep();
    expect(report.errors).toBe(0);
    expect(report.branchFlags).toBeGreaterThan(0);
    const dossier = await view();
    const flags = Object.fromEntries(dossier.branches.map((b) => [b.id, b.flags.stepOverdue]));
    expect(flags).toEqual({ birth: null, insurance: '2026-12-09T10:00:00+07:00', residence: null });
    expect((dossier.flags as { stepOverdue: string | null }).stepOverdue).toBeNull();
    // Escalated as the dossier's own flags are: first to the branch step's owners.
    expect(await branchFlagRows('step_overdue')).toEqual([
      {
        subject: 'branch:insurance@2026-12-07T02:00:00.000Z',
        step: 'issue_card',
        unit: 'bhxh-khu-vuc',
        cleared: false,
      },
    ]);
    await waitFor(
      async () => {
        const res = await client.get('bhxh.kv1', '/notifications');
        const items = res.body.items as Array<{
          dossierCode: string;
          flag: string | null;
          level: number | null;
        }>;
        return items.find((n) => n.dossierCode === code && n.flag === 'step_overdue' && n.level === 1);
      },
      { what: "the branch step's owner to be told" },
    );
    const police = (await client.get('congan.xa2', '/notifications')).body.items as Array<{
      flag: string | null;
    }>;
    expect(police.some((n) => n.flag === 'step_overdue')).toBe(false);
  });

  it('joins when the last branch is done and moves on to the result, in reception’s inbox', async () => {
    clock.set(at('2026-12-09T10:30:00'));
    await act('bhxh.kv1', 'issue', { branch: 'insurance' });
    expect((await branchFlagRows('step_overdue')).map((f) => f.cleared)).toEqual([true]);
    expect(await inInbox('bhxh.kv1')).toBe(false);
    expect((await view()).step).toMatchObject({ id: 'process' });
    clock.set(at('2026-12-09T11:00:00'));
    const after = await act('congan.xa2', 'register', { branch: 'residence' });
    expect(after.status).toBe('result_ready');
    expect(after.step).toMatchObject({ id: 'release', owner: { unit: 'mot-cua-xa', role: 'reception' } });
    expect(after.branches.map((b: Branch) => [b.id, b.step, b.joinedAt])).toEqual([
      ['birth', null, '2026-12-07T11:00:00+07:00'],
      ['insurance', null, '2026-12-09T10:30:00+07:00'],
      ['residence', null, '2026-12-09T11:00:00+07:00'],
    ]);
    expect(await inInbox('congan.xa2')).toBe(false);
    expect(await inInbox('letan.xa')).toBe(true);
  });

  it('has a control sheet row per branch hand-over, graded against the branch step’s own due instant', async () => {
    const history = await client.get('giamdoc.ttxa', `/dossiers/${code}/history`);
    expect(history.status).toBe(200);
    const rows = (
      history.body as Array<{
        action: string;
        fromStep: string | null;
        toStep: string | null;
        stepDueAt: string | null;
        timeliness: string | null;
        payload: Record<string, unknown>;
      }>
    ).filter((r) => r.timeliness !== null);
    expect(
      rows.map((r) => [r.action, r.fromStep, r.toStep, r.payload.branch ?? null, r.stepDueAt, r.timeliness]),
    ).toEqual([
      ['forward', 'receive', 'process', null, '2026-12-07T13:30:00+07:00', 'on_time'],
      ['submit', 'register_birth', 'sign_birth', 'birth', '2026-12-07T14:30:00+07:00', 'on_time'],
      ['sign', 'sign_birth', 'process', 'birth', '2026-12-07T15:30:00+07:00', 'on_time'],
      ['issue', 'issue_card', 'process', 'insurance', '2026-12-09T09:00:00+07:00', 'late'],
      ['register', 'register_residence', 'release', 'residence', '2026-12-14T09:00:00+07:00', 'early'],
    ]);
    expect(rows[4].payload).toMatchObject({ joined: true, forkJoined: true });

    const res = await request(api.getHttpServer())
      .get(`/api/v1/dossiers/${code}/forms/06.pdf`)
      .set('Authorization', `Bearer ${await client.token('giamdoc.ttxa')}`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const text = (await pdfToText(res.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Cấp mã số bảo hiểm xã hội và thẻ bảo hiểm y tế điện tử cho trẻ');
    expect(text).toContain('Kiểm tra, cập nhật thông tin thường trú của trẻ vào Cơ sở dữ liệu về cư trú');
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Trước hạn');
    const html = await request(api.getHttpServer())
      .get(`/api/v1/dossiers/${code}/forms/06.html`)
      .set('Authorization', `Bearer ${await client.token('giamdoc.ttxa')}`);
    expect(((html.text ?? '').match(/<tr>/g) ?? []).length).toBe(6); // header and five hand-overs
  });

  it('runs a province procedure that consults two departments in parallel, then the lead department drafts', async () => {
    clock.set(at('2026-12-10T08:00:00'));
    const received = await client.receive('letan.tinh1', '1.009972');
    expect(received.status).toBe(201);
    const permit = received.body.code as string;
    await client.started('letan.tinh1', permit);
    const step = async (username: string, action: string, body: Record<string, unknown> = {}) => {
      const res = await client.act(username, permit, action, body);
      expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200 });
      return res.body as { step: { id: string } | null; branches: Branch[] };
    };
    await step('letan.tinh1', 'forward');
    clock.set(at('2026-12-10T10:00:00'));
    const forked = await step('xaydung.cv1', 'ask_opinions');
    expect(forked.step).toMatchObject({ id: 'opinions' });
    const holds = async (username: string) => (await inbox(username)).some((i) => i.code === permit);
    expect(await holds('pccc.cb1')).toBe(true);
    expect(await holds('moitruong.cv1')).toBe(true);
    expect(await holds('xaydung.cv1')).toBe(false);
    clock.set(at('2026-12-11T09:00:00'));
    const one = await step('moitruong.cv1', 'reply', {
      branch: 'environment',
      comment: 'Không có ý kiến khác',
    });
    expect(one.step).toMatchObject({ id: 'opinions' });
    const both = await step('pccc.cb1', 'reply', { branch: 'fire_safety', comment: 'Đạt yêu cầu về PCCC' });
    expect(both.step).toMatchObject({ id: 'draft', owner: { unit: 'so-xay-dung', role: 'officer' } });
    expect(await holds('xaydung.cv1')).toBe(true);
    expect(await holds('pccc.cb1')).toBe(false);
  });

  it('returns the result and ends the dossier', async () => {
    clock.set(at('2026-12-09T14:00:00'));
    const done = await act('letan.xa', 'hand_over');
    expect(done.status).toBe('done');
  });

  it('pauses the dossier for one branch’s supplement, and closes every branch when the wait expires', async () => {
    clock.set(at('2026-12-14T08:00:00'));
    const received = await client.receive('letan.xa', JOINT, {}, 2);
    const other = received.body.code as string;
    await client.started('letan.xa', other);
    expect((await client.act('letan.xa', other, 'forward')).status).toBe(200);
    // The police verify outside the competent agency: asking the citizen is not theirs.
    const notTheirs = await client.act('congan.xa1', other, 'request_supplement', {
      branch: 'residence',
      reason: 'Thiếu văn bản đồng ý',
      missingItems: ['Văn bản đồng ý của chủ hộ'],
    });
    expect(notTheirs.status).toBe(403);
    const asked = await client.act('tuphap.xa1', other, 'request_supplement', {
      branch: 'birth',
      reason: 'Giấy chứng sinh không rõ',
      missingItems: ['Giấy chứng sinh bản rõ nét'],
    });
    expect(asked.status).toBe(200);
    expect(asked.body.status).toBe('awaiting_supplement');
    const birth = (asked.body.branches as Branch[]).find((b) => b.id === 'birth')!;
    expect(birth.step).toMatchObject({ id: 'register_birth' });
    expect((asked.body.branches as Branch[]).find((b) => b.id === 'birth')).toMatchObject({
      pausedAt: '2026-12-14T08:00:00+07:00',
    });
    // The other branches go on; the one waiting leaves its owner's inbox.
    expect((await inbox('tuphap.xa1')).some((i) => i.code === other)).toBe(false);
    expect((await inbox('bhxh.kv1')).some((i) => i.code === other)).toBe(true);
    expect((await client.act('bhxh.kv1', other, 'issue', { branch: 'insurance' })).status).toBe(200);
    // Seven working days (Decree 63/2024, art. 8) and the dossier is stopped, its open branches closed.
    clock.set(at('2026-12-23T08:01:00'));
    const report = await worker.get(SupplementWaitSweepService).sweep();
    expect(report).toMatchObject({ errors: 0 });
    const ended = (await client.get('giamdoc.ttxa', `/dossiers/${other}`)).body as {
      status: string;
      branches: Branch[];
    };
    expect(ended.status).toBe('stopped');
    expect(ended.branches.map((b) => [b.id, b.step, b.joinedAt !== null, b.closedAt])).toEqual([
      ['birth', null, false, '2026-12-23T08:01:00+07:00'],
      ['insurance', null, true, null],
      ['residence', null, false, '2026-12-23T08:01:00+07:00'],
    ]);
    expect((await inbox('congan.xa1')).some((i) => i.code === other)).toBe(false);
  });
});
