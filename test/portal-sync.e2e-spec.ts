import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { ManualClock } from '@motcua/common';
import { DossierEntity, DossierEventEntity, DossierPauseEntity } from '@motcua/dossier';
import { findUnit } from '@motcua/engine';
import { buildPortalPayload } from '@motcua/portal';
import { createPortalSim, type PortalSim, type ReceivedMessage } from '../apps/portal-sim/src/portal-sim.service';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { waitFor } from './support/worker';

const HOUR = 3_600_000;
const SECRET = 'portal-sync-test-secret';
// Monday 23 November 2026, 08:00 in Hà Nội; Tuesday 24 November is a holiday.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const MAX_ATTEMPTS = 6;

describe('outbound sync to the public service portal', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let sim: PortalSim;
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    sim = await createPortalSim({ syncSecret: SECRET });
    Object.assign(process.env, {
      PORTAL_SYNC_URL: `${sim.url}/sync`,
      PORTAL_SYNC_SECRET: SECRET,
      // Six attempts span about 12 s: room for the outage test to see retries without parking anything.
      PORTAL_SYNC_BACKOFF_MS: '400',
      PORTAL_SYNC_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    });
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
    await sim?.close();
  });

  beforeEach(() => {
    clock.set(MONDAY_8AM);
    sim.control.fail = false;
  });

  const messagesOf = (code: string): ReceivedMessage[] =>
    sim.received.filter((m) => m.body.MaHoSo === code && !m.duplicate);
  const statuses = (code: string) => messagesOf(code).map((m) => m.body.TrangThaiHoSo);
  const syncRows = (code: string) =>
    query<{ seq: number; status: string }>(
      `SELECT m.seq, m.status FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
       WHERE d.code = $1 ORDER BY m.seq`,
      [code],
    );
  const arrived = (code: string, count: number) =>
    waitFor(() => messagesOf(code).length >= count, {
      what: `${count} sync messages of ${code}`,
      timeout: 45_000,
    });

  it('sends every status change and hand-over of a dossier walked to done, in order, with the portal fields', async () => {
    const { body } = await client.receive('letan.xa', '2.000908');
    const code = body.code as string;
    await client.started('letan.xa', code);
    clock.advance(HOUR); // 09:00
    await client.act('letan.xa', code, 'forward');
    clock.advance(5 * HOUR); // 14:00
    await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' });
    clock.advance(HOUR); // 15:00
    await client.act('chutich.xa', code, 'sign');
    clock.advance(HOUR); // 16:00
    expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');

    await arrived(code, 6);
    const messages = messagesOf(code);
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(statuses(code)).toEqual([2, 4, 4, 4, 9, 10]);
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(6);

    const last = messages[5].body;
    expect(last).toMatchObject({
      MaHoSo: code,
      MaTTHC: '2.000908',
      LoaiDoiTuong: 'Công dân',
      ChuHoSo: 'Nguyễn Thị Hồng Nhung 1',
      SoDienThoai: '0912345671',
      Email: 'nhung1@example.vn',
      NgayTiepNhan: '20261123080000',
      NgayHenTra: '20261125080000',
      NgayTra: '20261123160000',
      NgayKetThucXuLy: '20261123150000',
      KenhThucHien: 1,
      TrangThaiHoSo: 10,
      DanhSachHoSoBoSung: [],
    });
    expect(typeof last.TenTTHC).toBe('string');
    expect(last.MaLinhVuc).toBe('CHUNG_THUC');
    const progress = last.QuaTrinhXuLy as Array<Record<string, unknown>>;
    expect(progress).toHaveLength(6);
    expect(progress.map((p) => p.NoiDungXuLy)).toEqual([
      'Tiếp nhận hồ sơ',
      'Chuyển hồ sơ vào quy trình giải quyết',
      'Chuyển xử lý',
      'Trình duyệt: Đủ điều kiện',
      'Ký duyệt',
      'Trả kết quả cho công dân',
    ]);
    expect(progress.map((p) => p.NgayXuLy)).toEqual(progress.map((p) => p.ThoiDiemXuLy));
    expect(progress.every((p) => typeof p.NgayXuLy === 'string' && /^\d{14}$/.test(p.NgayXuLy))).toBe(true);
    expect(progress[3]).toMatchObject({
      ThoiDiemXuLy: '20261123140000',
      NgayXuLy: '20261123140000',
      NoiDungXuLy: 'Trình duyệt: Đủ điều kiện',
      NgayBatDau: '20261123090000',
    });
    expect(progress[3].NguoiXuLy).toEqual(expect.any(String));
    expect(progress[3].PhongBanXuLy).toEqual(expect.any(String));
    // Each message is the record as it was then: the first one is the reception alone.
    expect(messages[0].body).toMatchObject({ TrangThaiHoSo: 2, NgayTra: null });
    expect(messages[0].body.QuaTrinhXuLy).toHaveLength(1);
    expect((await syncRows(code)).every((r) => r.status === 'delivered')).toBe(true);
  });

  it('carries a supplement request with the old and the new appointment', async () => {
    const { body } = await client.receive('letan.xa', '2.000908');
    const code = body.code as string;
    await client.started('letan.xa', code);
    await client.act('letan.xa', code, 'forward');
    clock.advance(HOUR);
    await client.act('tuphap.xa1', code, 'request_supplement', {
      reason: 'Thiếu giấy tờ chứng minh quan hệ',
      missingItems: ['Giấy khai sinh của người yêu cầu'],
    });
    clock.set(new Date('2026-11-26T14:00:00+07:00'));
    await client.act('letan.xa', code, 'supplement_received');

    await arrived(code, 5);
    expect(statuses(code)).toEqual([2, 4, 4, 5, 4]);
    expect(messagesOf(code)[4].body).toMatchObject({
      NgayHenTra: '20261127140000',
      DanhSachHoSoBoSung: [
        {
          NgayYeuCau: '20261123090000',
          NgayTiepNhanBoSung: '20261126140000',
          LyDo: 'Thiếu giấy tờ chứng minh quan hệ',
          GiayToCanBoSung: ['Giấy khai sinh của người yêu cầu'],
          NgayHenTraCu: '20261125080000',
          NgayHenTraMoi: '20261127140000',
        },
      ],
    });

    // The whole record, as rebuilt from the dossier's rows read through their entities.
    const data = api.get(DataSource);
    const dossier = await data.getRepository(DossierEntity).findOneByOrFail({ code });
    const payload = buildPortalPayload({
      dossier,
      procedure: (
        await data.query(
          `SELECT name, field, definition->>'fieldCode' AS "fieldCode",
                  (SELECT jsonb_object_agg(s->>'id', s->>'name') FROM jsonb_array_elements(definition->'steps') s)
                    AS "stepNames"
             FROM procedure_version WHERE id = $1`,
          [dossier.procedureVersionId],
        )
      )[0] as { name: string; field: string; fieldCode: string; stepNames: Record<string, string> },
      events: await data.getRepository(DossierEventEntity).findBy({ dossierId: dossier.id }),
      pauses: await data.getRepository(DossierPauseEntity).findBy({ dossierId: dossier.id }),
      unitName: (id) => findUnit(api.get<Catalog>(CATALOG).org, id)?.name ?? id,
    });
    expect(messagesOf(code)[4].body).toEqual(JSON.parse(JSON.stringify(payload)));
  });

  it('holds messages while the portal is down and delivers all of them in order per dossier once it is back', async () => {
    sim.control.fail = true;
    const refusedBefore = sim.refused;
    const codes: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const { body } = await client.receive('letan.xa', '2.000908', {}, n);
      codes.push(body.code as string);
    }
    for (const code of codes) await client.started('letan.xa', code);
    for (const code of codes) await client.act('letan.xa', code, 'forward');
    // Down long enough for every dossier's first message to be retried at least once.
    await waitFor(
      async () => {
        const [{ n }] = await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
           WHERE d.code = ANY($1) AND m.seq = 1 AND m.attempts >= 2`,
          [codes],
        );
        return n === codes.length;
      },
      { what: 'a retry of every first message' },
    );
    expect(sim.refused).toBeGreaterThanOrEqual(refusedBefore + 6);
    for (const code of codes) expect(messagesOf(code)).toEqual([]);

    sim.control.fail = false;
    for (const code of codes) {
      await arrived(code, 3);
      expect(messagesOf(code).map((m) => m.seq)).toEqual([1, 2, 3]);
      expect(statuses(code)).toEqual([2, 4, 4]);
      expect((await syncRows(code)).map((r) => r.status)).toEqual(['delivered', 'delivered', 'delivered']);
    }
  });

  it('parks a message past the attempt limit, holds the later ones behind it, and delivers them all on replay', async () => {
    sim.control.fail = true;
    const { body } = await client.receive('letan.xa', '2.000908', {}, 7);
    const code = body.code as string;
    await client.started('letan.xa', code);

    const parked = await waitFor(
      async () => {
        const res = await client.get('quantri', '/admin/portal-sync/parked');
        expect(res.status).toBe(200);
        return (res.body as Array<{ id: string; dossierCode: string; seq: number; attempts: number }>).find(
          (m) => m.dossierCode === code,
        );
      },
      { what: `the first message of ${code} to be parked`, timeout: 45_000 },
    );
    expect(parked).toMatchObject({ seq: 1, attempts: MAX_ATTEMPTS, portalStatus: 2 });
    expect((await client.get('letan.xa', '/admin/portal-sync/parked')).status).toBe(403);

    // Back up, but nothing of the dossier moves until the parked message is replayed.
    sim.control.fail = false;
    await client.act('letan.xa', code, 'forward');
    await waitFor(async () => (await syncRows(code)).length === 3, { what: 'the forward to be recorded' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(messagesOf(code)).toEqual([]);
    expect((await syncRows(code)).map((r) => r.status)).toEqual(['parked', 'pending', 'pending']);

    const replay = await client.post('quantri', `/admin/portal-sync/parked/${parked.id}/replay`, {});
    expect(replay.status).toBe(200);
    await arrived(code, 3);
    expect(messagesOf(code).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(messagesOf(code)[0].messageId).toBe(parked.id);
    expect((await client.get('quantri', '/admin/portal-sync/parked')).body).not.toContainEqual(
      expect.objectContaining({ dossierCode: code }),
    );
    const again = await client.post('quantri', `/admin/portal-sync/parked/${parked.id}/replay`, {});
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('SYNC_MESSAGE_NOT_PARKED');
  });
});
