import { toVietnamIso } from '@motcua/calendar';
import {
  type Channel,
  type DossierEntity,
  type DossierEventEntity,
  type DossierPauseEntity,
  PORTAL_STATUS,
} from '@motcua/dossier';

/** `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh, as the portal reads dates; null stays null. */
export const portalDate = (at: Date | null | undefined): string | null =>
  at ? toVietnamIso(at).slice(0, 19).replace(/\D/g, '') : null;

export const PORTAL_CHANNEL: Record<Channel, number> = { in_person: 1, online: 2, post: 3 };

export interface PortalProgressEntry {
  NguoiXuLy: string | null;
  ChucDanh: string | null;
  ThoiDiemXuLy: string | null;
  PhongBanXuLy: string | null;
  NoiDungXuLy: string;
  NgayBatDau: string | null;
  NgayKetThucTheoQuyDinh: string | null;
}

export interface PortalSupplement {
  NgayYeuCau: string | null;
  NgayTiepNhanBoSung: string | null;
  LyDo: string;
  GiayToCanBoSung: string[];
  NgayHenTraCu: string | null;
  NgayHenTraMoi: string | null;
}

/** The dossier as the public service portal stores it (field names are the portal's). */
export interface PortalDossierPayload {
  MaHoSo: string;
  MaTTHC: string;
  TenTTHC: string;
  MaLinhVuc: string;
  ChuHoSo: string;
  LoaiDoiTuong: string;
  SoDienThoai: string;
  Email: string | null;
  TrichYeuHoSo: string | null;
  NgayTiepNhan: string | null;
  NgayHenTra: string | null;
  TrangThaiHoSo: number;
  NgayTra: string | null;
  NgayKetThucXuLy: string | null;
  DonViXuLy: string;
  KenhThucHien: number;
  DanhSachHoSoBoSung: PortalSupplement[];
  QuaTrinhXuLy: PortalProgressEntry[];
}

/** What the progress (QuaTrinhXuLy) reads of an event. */
export type PortalEvent = Pick<
  DossierEventEntity,
  | 'version'
  | 'action'
  | 'comment'
  | 'actorName'
  | 'actorTitle'
  | 'actorUnit'
  | 'occurredAt'
  | 'stepStartedAt'
  | 'stepDueAt'
>;

/** What a supplement entry (DanhSachHoSoBoSung) reads of a pause. */
export type PortalPause = Pick<
  DossierPauseEntity,
  'startedAt' | 'endedAt' | 'reason' | 'missingItems' | 'dueBefore' | 'dueAfter'
>;

export interface PortalPayloadSource {
  dossier: DossierEntity;
  procedure: { name: string; field: string };
  events: PortalEvent[];
  pauses: PortalPause[];
  /** Unit id → name, for DonViXuLy and PhongBanXuLy; an unknown id is sent as it is. */
  unitName: (id: string) => string;
}

const describe = (event: PortalEvent): string =>
  event.comment ? `${event.action}: ${event.comment}` : event.action;

/** Pure: the full portal record of a dossier at one state change (the portal keeps the latest it has received). */
export function buildPortalPayload(source: PortalPayloadSource): PortalDossierPayload {
  const { dossier, procedure, events, pauses, unitName } = source;
  return {
    MaHoSo: dossier.code,
    MaTTHC: dossier.procedureCode,
    TenTTHC: procedure.name,
    MaLinhVuc: procedure.field,
    ChuHoSo: dossier.applicant.fullName,
    LoaiDoiTuong: 'Công dân',
    SoDienThoai: dossier.applicant.phone,
    Email: dossier.applicant.email ?? null,
    TrichYeuHoSo: dossier.summary,
    NgayTiepNhan: portalDate(dossier.acceptedAt ?? dossier.receivedAt),
    NgayHenTra: portalDate(dossier.dueAt),
    TrangThaiHoSo: PORTAL_STATUS[dossier.status],
    NgayTra: dossier.status === 'done' ? portalDate(dossier.finishedAt) : null,
    NgayKetThucXuLy: portalDate(dossier.resultReadyAt ?? dossier.finishedAt),
    DonViXuLy: unitName(dossier.stepOwnerUnit ?? dossier.receivingUnit),
    KenhThucHien: PORTAL_CHANNEL[dossier.channel],
    DanhSachHoSoBoSung: [...pauses]
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
      .map((p) => ({
        NgayYeuCau: portalDate(p.startedAt),
        NgayTiepNhanBoSung: portalDate(p.endedAt),
        LyDo: p.reason,
        GiayToCanBoSung: p.missingItems,
        NgayHenTraCu: portalDate(p.dueBefore),
        NgayHenTraMoi: portalDate(p.dueAfter),
      })),
    QuaTrinhXuLy: [...events]
      .sort((a, b) => a.version - b.version)
      .map((e) => ({
        NguoiXuLy: e.actorName,
        ChucDanh: e.actorTitle,
        ThoiDiemXuLy: portalDate(e.occurredAt),
        PhongBanXuLy: e.actorUnit ? unitName(e.actorUnit) : null,
        NoiDungXuLy: describe(e),
        NgayBatDau: portalDate(e.stepStartedAt),
        NgayKetThucTheoQuyDinh: portalDate(e.stepDueAt),
      })),
  };
}
