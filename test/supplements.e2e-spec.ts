import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { JobName, QueueName } from '@motcua/queue';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';
import { portalHeaders } from './support/portal';
import { testQueue, waitFor } from './support/worker';

// Sweeps run when a test asks for one, at the time it set on the clock.
process.env.DEADLINE_SWEEP_MS = '3600000';
// The sample workflows, with one procedure that sets its own supplement wait: 5 working days, then stop.
const workflows = mkdtempSync(join(tmpdir(), 'motcua-supplement-'));
cpSync('workflows', workflows, { recursive: true });
const permit = join(workflows, 'procedures', '1.009994.yaml');
writeFileSync(
  permit,
  readFileSync(permit, 'utf8').replace(
    /^documents:/m,
    'supplementWait: { amount: 5, unit: working_day, onExpiry: stop }\ndocuments:',
  ),
);
process.env.WORKFLOWS_DIR = workflows;

const at = (local: string): Date => new Date(`${local}+07:00`);
const RECEPTION = 'letan.xa';
const PERMIT_DOCS = [
  { name: 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', originals: 1, copies: 0 },
  { name: 'Giấy tờ hợp pháp về quyền sử dụng đất', originals: 0, copies: 1 },
];
const DRAWINGS = { name: 'Bản vẽ thiết kế xây dựng', originals: 2, copies: 0 };

interface SyncRow {
  seq: number;
  payload: {
    TrangThaiHoSo: number;
    DanhSachHoSoBoSung: Array<{ LyDo: string; GiayToCanBoSung: string[]; NgayTiepNhanBoSung: string | null }>;
  };
}

describe('supplements: at the desk and online, the wait limit, reception’s work list', () => {
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  let deadlineQueue: Queue;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
    deadlineQueue = testQueue(QueueName.Deadlines);
  });

  afterAll(async () => {
    await deadlineQueue?.close();
    await e2e?.close();
    rmSync(workflows, { recursive: true, force: true });
    delete process.env.WORKFLOWS_DIR;
  });

  const view = async (code: string) => (await client.get(RECEPTION, `/dossiers/${code}`)).body;
  const inboxCodes = async () =>
    ((await client.get(RECEPTION, '/inbox?limit=100')).body.items as Array<{ code: string }>).map(
      (d) => d.code,
    );
  const form = async (code: string, name: string) =>
    request(api.getHttpServer())
      .get(`/api/v1/dossiers/${code}/forms/${name}`)
      .set('Authorization', `Bearer ${await client.token(RECEPTION)}`);
  const lastSync = async (code: string): Promise<SyncRow> => {
    const rows = await query<SyncRow>(
      `SELECT m.seq, m.payload FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
        WHERE d.code = $1 ORDER BY m.seq DESC LIMIT 1`,
      [code],
    );
    return rows[0];
  };
  const portalPost = (path: string, payload: unknown) => {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    return request(api.getHttpServer())
      .post(`/api/v1/portal/dossiers${path}`)
      .set(portalHeaders(body, { timestamp }))
      .send(body);
  };
  const deskIncomplete = (procedureCode: string, n: number) =>
    client.post(RECEPTION, '/dossiers', {
      procedureCode,
      channel: 'in_person',
      applicant: applicant(n),
      documents: procedureCode === '1.009994' ? PERMIT_DOCS : [],
      decision: 'request_supplement',
      reason: 'Hồ sơ chưa đầy đủ',
      missingItems:
        procedureCode === '1.009994' ? ['Bản vẽ thiết kế xây dựng'] : ['Tờ khai yêu cầu cấp bản sao'],
    });
  /** The worker's periodic sweep job (deadlines, then the supplement waits), run now and awaited. */
  const sweep = async () => {
    const job = await deadlineQueue.add(JobName.SweepDeadlines, {}, { jobId: `sweep-${randomUUID()}` });
    return waitFor(
      async () => ((await job.isCompleted()) ? (await deadlineQueue.getJob(job.id!))! : undefined),
      {
        what: 'the sweep',
      },
    );
  };

  let deskCode: string;

  it('prints form 02 for a dossier found incomplete at the desk, with what is missing and until when', async () => {
    const res = await deskIncomplete('2.000908', 1);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'awaiting_documents', appointmentAt: null });
    deskCode = res.body.code;

    const html = await form(deskCode, '02.html');
    expect(html.status).toBe(200);
    const text = html.text;
    expect(text).toContain('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    expect(text).toContain('Tờ khai yêu cầu cấp bản sao');
    expect(text).toContain('Hồ sơ chưa đầy đủ');
    expect(text).toContain('23/11/2026 08:00');
    // 30 calendar days from the request: 24 November to 23 December, a Wednesday, at the close of business.
    expect(text).toContain('23/12/2026 17:00');
    expect((await form(deskCode, '02.pdf')).status).toBe(200);
  });

  it("lists the dossiers waiting for the citizen in reception's work list, and only there", async () => {
    const waiting = await view(deskCode);
    expect(waiting).toMatchObject({ status: 'awaiting_documents', pausedAt: '2026-11-23T08:00:00+07:00' });
    expect(await inboxCodes()).toContain(deskCode);
    const other = await client.get('letan.tinh1', '/inbox?limit=100');
    expect(other.body.items.map((d: { code: string }) => d.code)).not.toContain(deskCode);
  });

  it('asks an online dossier for a supplement: the portal hears status 5 with the missing items', async () => {
    const portalDossierId = `G22.99-${randomUUID()}`;
    const submitted = await portalPost('', {
      portalDossierId,
      procedureCode: '1.009994',
      receivingUnit: 'mot-cua-xa',
      applicant: applicant(2),
      documents: PERMIT_DOCS,
      payment: { status: 'not_required' },
    });
    expect(submitted.status).toBe(201);
    const code = submitted.body.code as string;
    expect((await view(code)).allowedActions).toEqual(['accept', 'request_supplement', 'refuse']);

    const noItems = await client.act(RECEPTION, code, 'request_supplement', { reason: 'Thiếu bản vẽ' });
    expect(noItems.status).toBe(422);
    const asked = await client.act(RECEPTION, code, 'request_supplement', {
      reason: 'Thiếu bản vẽ thiết kế',
      missingItems: ['Bản vẽ thiết kế xây dựng (2 bộ)'],
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ status: 'awaiting_documents', portalStatus: 5, appointmentAt: null });
    const sync = await lastSync(code);
    expect(sync.payload.TrangThaiHoSo).toBe(5);
    expect(sync.payload.DanhSachHoSoBoSung).toEqual([
      expect.objectContaining({
        LyDo: 'Thiếu bản vẽ thiết kế',
        GiayToCanBoSung: ['Bản vẽ thiết kế xây dựng (2 bộ)'],
        NgayYeuCau: '20261123080000',
        NgayTiepNhanBoSung: null,
      }),
    ]);
    expect(await inboxCodes()).toContain(code);
    expect((await form(code, '02.html')).text).toContain('Bản vẽ thiết kế xây dựng (2 bộ)');

    // The citizen answers through the portal: the dossier is back with reception, to be checked again.
    clock.set(at('2026-11-25T09:00:00'));
    const unknown = await portalPost(`/G22.99-nothing/supplements`, { documents: [DRAWINGS] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('PORTAL_UNKNOWN_DOSSIER');
    const back = await portalPost(`/${portalDossierId}/supplements`, {
      documents: [
        { ...DRAWINGS, fileName: 'ban-ve.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') },
      ],
      note: 'Đã bổ sung bản vẽ',
    });
    expect(back.status).toBe(200);
    expect(back.body).toEqual({
      code,
      lookupKey: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/),
      status: 'submitted',
      portalStatus: 1,
    });
    const again = await portalPost(`/${portalDossierId}/supplements`, { documents: [DRAWINGS] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SUPPLEMENT_NOT_AWAITED');

    const resubmitted = await view(code);
    expect(resubmitted).toMatchObject({ status: 'submitted', pausedAt: null });
    expect(resubmitted.documents).toEqual(expect.arrayContaining([DRAWINGS]));
    const returned = await lastSync(code);
    expect(returned.payload.TrangThaiHoSo).toBe(1);
    expect(returned.payload.DanhSachHoSoBoSung[0].NgayTiepNhanBoSung).toBe('20261125090000');
    const [file] = await query<{ name: string; file_name: string }>(
      `SELECT name, file_name FROM dossier_document dd JOIN dossier d ON d.id = dd.dossier_id WHERE d.code = $1`,
      [code],
    );
    expect(file).toEqual({ name: DRAWINGS.name, file_name: 'ban-ve.pdf' });

    // Complete now: reception accepts, and the statutory clock starts at acceptance.
    const accepted = await client.act(RECEPTION, code, 'accept');
    expect(accepted.body).toMatchObject({ status: 'accepted', clockStartedAt: '2026-11-25T09:00:00+07:00' });
  });

  it('flags a wait past the limit for reception once, with an audit event and a notification', async () => {
    clock.set(at('2026-12-23T17:00:00'));
    await sweep();
    expect((await view(deskCode)).supplementOverdueAt).toBeNull();

    clock.set(at('2026-12-24T08:00:00'));
    await sweep();
    const flagged = await view(deskCode);
    expect(flagged).toMatchObject({
      status: 'awaiting_documents',
      supplementOverdueAt: '2026-12-24T08:00:00+07:00',
    });
    const history = (await client.get(RECEPTION, `/dossiers/${deskCode}/history`)).body as Array<{
      action: string;
      actor: { username: string };
    }>;
    expect(history.at(-1)).toMatchObject({
      action: 'supplement_wait_expired',
      actor: { username: 'system' },
    });
    const notes = (await client.get(RECEPTION, '/notifications')).body.items as Array<{
      kind: string;
      dossierCode: string;
      title: string;
    }>;
    expect(notes.filter((n) => n.dossierCode === deskCode)).toEqual([
      expect.objectContaining({
        kind: 'supplement_wait',
        title: `Hồ sơ ${deskCode} quá thời hạn chờ bổ sung`,
      }),
    ]);

    clock.advance(3_600_000);
    await sweep();
    const after = (await client.get(RECEPTION, `/dossiers/${deskCode}/history`)).body as unknown[];
    expect(after).toHaveLength(history.length);

    // The citizen comes back after all: the dossier is accepted and the flag is down.
    const completed = await client.act(RECEPTION, deskCode, 'supplement_received', {
      documents: [{ name: 'Tờ khai (văn bản) yêu cầu cấp bản sao từ sổ gốc', originals: 1, copies: 0 }],
    });
    expect(completed.body).toMatchObject({ status: 'accepted', supplementOverdueAt: null });
  });

  it("applies a procedure's own limit and action: stops an accepted dossier, refuses one never accepted", async () => {
    clock.set(at('2027-01-04T08:00:00'));
    const received = await client.receive(RECEPTION, '1.009994', {}, 3);
    const code = received.body.code as string;
    await client.started(RECEPTION, code);
    const paused = await client.act(RECEPTION, code, 'request_supplement', {
      reason: 'Bản vẽ chưa đúng quy chuẩn',
      missingItems: ['Bản vẽ mặt bằng móng'],
    });
    expect(paused.body.status).toBe('awaiting_supplement');
    expect(await inboxCodes()).toContain(code);
    const desk = (await deskIncomplete('1.009994', 4)).body.code as string;

    // 5 working days from Mon 4 Jan 08:00 end Mon 11 Jan at 08:00.
    clock.set(at('2027-01-11T08:00:00'));
    await sweep();
    expect((await view(code)).status).toBe('awaiting_supplement');
    clock.set(at('2027-01-11T08:01:00'));
    await sweep();

    const stopped = await view(code);
    expect(stopped).toMatchObject({ status: 'stopped', portalStatus: 8, allowedActions: [] });
    expect((await lastSync(code)).payload.TrangThaiHoSo).toBe(8);
    const notice = await form(code, '05.html');
    expect(notice.status).toBe(200);
    expect(notice.text).toContain('Quá thời hạn bổ sung hồ sơ');
    expect(notice.text).toContain('Bản vẽ mặt bằng móng');

    expect(await view(desk)).toMatchObject({ status: 'refused', portalStatus: 3 });
    expect((await form(desk, '03.html')).text).toContain('Quá thời hạn bổ sung hồ sơ');
    expect(await inboxCodes()).not.toContain(desk);
    const notes = (await client.get(RECEPTION, '/notifications')).body.items as Array<{
      dossierCode: string;
      body: string;
    }>;
    expect(notes.find((n) => n.dossierCode === code)?.body).toContain('dừng giải quyết');
    expect(notes.find((n) => n.dossierCode === desk)?.body).toContain('từ chối tiếp nhận');
  });
});
