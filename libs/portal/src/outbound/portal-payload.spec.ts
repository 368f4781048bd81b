import type { DossierEntity, DossierEventEntity, DossierPauseEntity } from '@motcua/dossier';
import { buildPortalPayload, portalDate } from './portal-payload';

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
      procedure: { name: 'Đăng ký khai sinh', field: 'Hộ tịch' },
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
      MaLinhVuc: 'Hộ tịch',
      DanhSachHoSoBoSung: [
        { NgayYeuCau: '20261123093000', NgayHenTraCu: '20261125080000', NgayHenTraMoi: null },
      ],
    });
    expect(payload.QuaTrinhXuLy.map((p) => p.NoiDungXuLy)).toEqual(['receive: Đủ hồ sơ', 'intake']);
    expect(payload.QuaTrinhXuLy[0]).toMatchObject({
      PhongBanXuLy: 'Một cửa xã',
      NgayKetThucTheoQuyDinh: null,
    });
  });
});
