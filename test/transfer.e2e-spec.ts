import { ManualClock } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';

const at = (local: string): Date => new Date(`${local}+07:00`);
const REASON = 'Hồ sơ đăng ký biến động đất đai, thuộc thẩm quyền Văn phòng Đăng ký đất đai tỉnh';

interface SyncRow {
  payload: { MaHoSo: string; MaTTHC: string; DonViXuLy: string; TrangThaiHoSo: number; NgayHenTra: string };
}

describe('transfer to the competent agency', () => {
  // Monday 7 December 2026: no holiday in the next three weeks.
  const clock = new ManualClock(at('2026-12-07T08:00:00'));
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const view = async (username: string, code: string) =>
    (await client.get(username, `/dossiers/${code}`)).body;
  const transfer = async (username: string, code: string, body: Record<string, unknown> = {}) =>
    client.post(username, `/dossiers/${code}/transfer`, {
      procedureCode: '1.115668',
      reason: REASON,
      expectedVersion: (await view('letan.xa', code)).version,
      ...body,
    });
  const lastSync = async (code: string): Promise<SyncRow> =>
    (
      await query<SyncRow>(
        `SELECT m.payload FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
          WHERE d.code = $1 ORDER BY m.seq DESC LIMIT 1`,
        [code],
      )
    )[0];

  const form = async (code: string, name: string): Promise<string> => {
    const res = await client.get('letan.xa', `/dossiers/${code}/forms/${name}.html`);
    expect(res.status).toBe(200);
    return res.text;
  };

  /** A construction-permit dossier received at the commune desk and handed to the commune's economic division. */
  async function atCommuneAppraisal(n: number): Promise<string> {
    const res = await client.receive('letan.xa', '1.009994', {}, n);
    expect(res.status).toBe(201);
    const code = res.body.code as string;
    await client.started('letan.xa', code);
    clock.set(at('2026-12-07T09:00:00'));
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    return code;
  }

  it('sends the dossier to the province procedure: same code, new owners, clock kept, portal told', async () => {
    clock.set(at('2026-12-07T08:00:00'));
    const code = await atCommuneAppraisal(1);
    const before = await view('letan.xa', code);
    expect(before.clockStartedAt).toBe('2026-12-07T08:00:00+07:00');

    clock.set(at('2026-12-08T10:00:00'));
    const body = { procedureCode: '1.115668', reason: REASON, expectedVersion: before.version };
    const res = await client.post('kinhte.xa1', `/dossiers/${code}/transfer`, body);
    expect(res.status).toBe(200);
    // Sent again (a lost answer, a double click): the same dossier, transferred once.
    const again = await client.post('kinhte.xa1', `/dossiers/${code}/transfer`, body);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(res.body.version);
    expect(res.body).toMatchObject({
      code,
      procedure: { code: '1.115668' },
      status: 'in_progress',
      receivingUnit: 'mot-cua-xa',
      clockStartedAt: '2026-12-07T08:00:00+07:00',
      // 8 working days counted from the commune desk's receipt, not from the transfer.
      appointmentAt: '2026-12-17T08:00:00+07:00',
      receiptAppointmentAt: '2026-12-17T08:00:00+07:00',
      step: {
        id: 'receive',
        owner: { unit: 'pvhcc', role: 'reception' },
        startedAt: '2026-12-08T10:00:00+07:00',
        dueAt: '2026-12-08T15:30:00+07:00',
      },
    });

    // The provincial desk has it in its inbox and moves it on; the commune officer no longer acts on it.
    const inbox = await client.get('letan.tinh1', '/inbox?limit=100');
    expect((inbox.body.items as Array<{ code: string }>).map((d) => d.code)).toContain(code);
    expect((await client.act('kinhte.xa1', code, 'submit')).status).toBe(422);
    expect((await client.act('letan.tinh1', code, 'forward')).status).toBe(200);
    expect((await view('dangky.vpdk1', code)).step.owner).toEqual({ unit: 'vpdkdd', role: 'officer' });

    const history = (await client.get('letan.xa', `/dossiers/${code}/history`)).body as Array<{
      action: string;
      comment: string;
      actor: { username: string };
      payload: Record<string, { procedureCode: string; agency: string }>;
      fromStep: string;
      toStep: string;
      timeliness: string;
    }>;
    expect(history.filter((e) => e.action === 'transfer')).toHaveLength(1);
    const event = history.find((e) => e.action === 'transfer')!;
    expect(event).toMatchObject({
      comment: REASON,
      actor: { username: 'kinhte.xa1' },
      fromStep: 'appraise',
      toStep: 'receive',
      timeliness: 'early',
      payload: {
        from: { procedureCode: '1.009994', agency: 'ubnd-xa' },
        to: { procedureCode: '1.115668', agency: 'vpdkdd' },
      },
    });

    const sync = await lastSync(code);
    expect(sync.payload).toMatchObject({ MaHoSo: code, MaTTHC: '1.115668', TrangThaiHoSo: 4 });
    const transferSync = (
      await query<SyncRow & { action: string }>(
        `SELECT m.payload, e.action FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
           JOIN dossier_event e ON e.dossier_id = d.id AND e.version = m.dossier_version
          WHERE d.code = $1 AND e.action = 'transfer'`,
        [code],
      )
    )[0];
    expect(transferSync.payload).toMatchObject({
      MaTTHC: '1.115668',
      DonViXuLy: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai',
      NgayHenTra: '20261217080000',
    });

    // The receipt reprinted says where the dossier went and gives the new appointment; the control sheet, why.
    const receipt = await form(code, '01');
    expect(receipt).toContain('17/12/2026 08:00');
    expect(receipt).toContain('Văn phòng Đăng ký đất đai tỉnh Lào Cai, thủ tục 1.115668');
    const sheet = await form(code, '06');
    expect(sheet).toContain(`Chuyển cơ quan có thẩm quyền: ${REASON}`);
    // The steps taken before the transfer keep the commune procedure's names.
    expect(sheet).toContain('Thẩm định hồ sơ, kiểm tra thực địa, dự thảo giấy phép xây dựng');
  });

  it('is refused with a reason the officer can read, and only the right people may transfer', async () => {
    clock.set(at('2026-12-07T08:00:00'));
    const code = await atCommuneAppraisal(2);
    const refused = async (
      username: string,
      body: Record<string, unknown>,
      status: number,
      codeWanted: string,
    ) => {
      const res = await transfer(username, code, body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code: codeWanted });
      return res.body.message as string;
    };
    await refused('chutich.xa', {}, 403, 'FORBIDDEN_ROLE');
    // Assigned to another officer, the step is no longer kinhte.xa1's to move.
    const assigned = await client.post('truongphong.kt', `/dossiers/${code}/assign`, {
      username: 'kinhte.xa2',
      expectedVersion: (await view('letan.xa', code)).version,
    });
    expect(assigned.status).toBe(200);
    expect(await refused('kinhte.xa1', {}, 403, 'NOT_STEP_OWNER')).toMatch(/Chỉ bộ phận tiếp nhận/);
    expect(await refused('kinhte.xa2', { procedureCode: '9.999999' }, 422, 'UNKNOWN_PROCEDURE')).toMatch(
      /không có thủ tục 9\.999999/,
    );
    expect(await refused('kinhte.xa2', { procedureCode: '1.000894' }, 422, 'TRANSFER_SAME_AGENCY')).toMatch(
      /ubnd-xa/,
    );
    await refused('kinhte.xa2', { expectedVersion: 1 }, 409, 'VERSION_CONFLICT');
    await refused('kinhte.xa2', { procedureCode: 'abc' }, 400, 'VALIDATION_FAILED');
    // A unit the dossier never reached does not even see it.
    await refused('dangky.vpdk1', {}, 404, 'DOSSIER_NOT_FOUND');
    expect((await view('letan.xa', code)).procedure.code).toBe('1.009994');

    // The receiving desk may transfer too; once stopped, the dossier is finished and stays where it is.
    expect((await client.act('chutich.xa', code, 'stop', { reason: 'Công dân không bổ sung' })).status).toBe(
      200,
    );
    expect(await refused('letan.xa', {}, 422, 'TRANSFER_NOT_ALLOWED')).toMatch(/đã kết thúc/);
  });
});
