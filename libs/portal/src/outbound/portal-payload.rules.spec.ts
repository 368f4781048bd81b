import type { DossierEntity, DossierEventEntity, DossierPauseEntity } from '@motcua/dossier';
import { buildPortalPayload, portalDate } from './portal-payload.rules';

const at = (iso: string) => new Date(iso);

const dossier = {
  code: '000.00.31.H38-261123-0001',
  procedureCode: '1.001193',
  status: 'awaiting_supplement',
  channel: 'online',
  applicant: { fullName: 'Trần Văn An', idNumber: '001085000001', phone: '0912345678', address: 'Gia Phú' },
  summary: null,
  receivedAt: at('2026-11-23T07:45:00+07:00'),
  acceptedAt: at('2026-11-23T08:00:00+07:00'),
  dueAt: at('2026-11-25T08:00:00+07:00'),
  resultReadyAt: null,
  finishedAt: null,
  stepOwnerUnit: 'tu-phap-xa',
  receivingUnit: 'mot-cua-xa',
} as unknown as DossierEntity;

const event = (version: number, action: string, comment: string | null = null) =>
  ({
    version,
    action,
    comment,
    fromStatus: version === 1 ? null : 'accepted',
    toStatus: version === 1 ? 'accepted' : 'in_progress',
    toStep: null,
    actorName: 'Lò Thị Mai',
    actorTitle: 'Công chức',
    actorUnit: 'mot-cua-xa',
    occurredAt: at('2026-11-23T09:30:00+07:00'),
    stepStartedAt: at('2026-11-23T08:00:00+07:00'),
    stepDueAt: null,
  }) as unknown as DossierEventEntity;

describe('the portal payload', () => {
  it('writes dates as yyyyMMddHHmmss in Vietnam time', () => {
    expect(portalDate(at('2026-11-23T01:02:03Z'))).toBe('20261123080203');
    expect(portalDate(at('2026-12-31T17:00:00Z'))).toBe('20270101000000');
    expect(portalDate(null)).toBeNull();
  });

  it('maps status, channel, units, supplements and the progress in order', () => {
    const pause = {
      startedAt: at('2026-11-23T09:30:00+07:00'),
      endedAt: null,
      reason: 'Thiếu giấy',
      missingItems: ['Giấy khai sinh'],
      dueBefore: at('2026-11-25T08:00:00+07:00'),
      dueAfter: null,
    } as unknown as DossierPauseEntity;
    const payload = buildPortalPayload({
      dossier,
      procedure: { name: 'Đăng ký khai sinh', field: 'Hộ tịch', fieldCode: 'HO_TICH', stepNames: {} },
      events: [event(2, 'intake'), event(1, 'receive', 'Đủ hồ sơ')],
      pauses: [pause],
      unitName: (id) => (id === 'mot-cua-xa' ? 'Một cửa xã' : id),
    });
    expect(payload).toMatchObject({
      TrangThaiHoSo: 5,
      KenhThucHien: 2,
      NgayTiepNhan: '20261123080000',
      NgayHenTra: '20261125080000',
      Email: null,
      DonViXuLy: 'tu-phap-xa',
      TenTTHC: 'Đăng ký khai sinh',
      MaLinhVuc: 'HO_TICH',
      DanhSachHoSoBoSung: [
        { NgayYeuCau: '20261123093000', NgayHenTraCu: '20261125080000', NgayHenTraMoi: null },
      ],
    });
    expect(payload.QuaTrinhXuLy.map((p) => p.NoiDungXuLy)).toEqual([
      'Tiếp nhận hồ sơ: Đủ hồ sơ',
      'Chuyển hồ sơ vào quy trình giải quyết',
    ]);
    expect(payload.QuaTrinhXuLy.map((p) => p.NgayXuLy)).toEqual(['20261123093000', '20261123093000']);
    expect(payload.QuaTrinhXuLy[0]).toMatchObject({
      PhongBanXuLy: 'Một cửa xã',
      NgayKetThucTheoQuyDinh: null,
    });
  });
});

describe('the supplement and extension list (DanhSachHoSoBoSung)', () => {
  it('lists the extension with its reason, old and new appointment, among the supplements by date', () => {
    const pause = {
      startedAt: at('2026-11-23T09:30:00+07:00'),
      endedAt: at('2026-11-24T09:30:00+07:00'),
      reason: 'Thiếu giấy',
      missingItems: ['Giấy khai sinh'],
      dueBefore: at('2026-11-25T08:00:00+07:00'),
      dueAfter: at('2026-11-27T08:00:00+07:00'),
    } as unknown as DossierPauseEntity;
    const extend = {
      ...event(5, 'extend'),
      occurredAt: at('2026-11-26T10:00:00+07:00'),
      payload: {
        reason: 'Cần xác minh thực địa',
        previousDueAt: '2026-11-27T08:00:00+07:00',
        newDueAt: '2026-12-04T17:00:00+07:00',
      },
    };
    const payload = buildPortalPayload({
      dossier: {
        ...dossier,
        status: 'refused',
        acceptedAt: at('2026-11-23T08:00:00+07:00'),
        finishedAt: at('2026-12-01T10:00:00+07:00'),
      } as DossierEntity,
      procedure: { name: 'Đăng ký khai sinh', field: 'Hộ tịch', fieldCode: 'HO_TICH', stepNames: {} },
      events: [extend, event(1, 'receive')],
      pauses: [pause],
      unitName: (id) => id,
    });
    expect(payload.DanhSachHoSoBoSung).toEqual([
      expect.objectContaining({ LyDo: 'Thiếu giấy', NgayHenTraMoi: '20261127080000' }),
      {
        NgayYeuCau: '20261126100000',
        NgayTiepNhanBoSung: null,
        LyDo: 'Cần xác minh thực địa',
        GiayToCanBoSung: [],
        NgayHenTraCu: '20261127080000',
        NgayHenTraMoi: '20261204170000',
      },
    ]);
    // A refusal after acceptance is the result, returned when issued.
    expect(payload).toMatchObject({ TrangThaiHoSo: 10, NgayTra: '20261201100000' });
  });
});
