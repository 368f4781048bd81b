import { toVietnamIso } from '@motcua/calendar';
import {
  type Channel,
  type DossierEntity,
  type DossierEventEntity,
  type DossierPauseEntity,
  dossierPortalStatus,
  PORTAL_STATUS,
} from '@motcua/dossier';
import { processingContent } from './portal-labels.rules';

/** `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh, as the portal reads dates; null stays null. */
export const portalDate = (at: Date | null | undefined): string | null =>
  at ? toVietnamIso(at).slice(0, 19).replace(/\D/g, '') : null;

const RESULT_RETURNED = PORTAL_STATUS.done;

export const PORTAL_CHANNEL: Record<Channel, number> = { in_person: 1, online: 2, post: 3 };

export interface PortalProgressEntry {
  NguoiXuLy: string | null;
  ChucDanh: string | null;
  ThoiDiemXuLy: string;
  /** The instant of the handling (yyyyMMddHHmmss), always present: the portal dates each entry by it. */
  NgayXuLy: string;
  PhongBanXuLy: string | null;
  /** In Vietnamese: what was done (never an engine action name), then the comment. */
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
  | 'fromStatus'
  | 'toStatus'
  | 'toStep'
  | 'stepStartedAt'
  | 'stepDueAt'
> & {
  /** Read for extensions only (reason, old and new appointment); null for other events. */
  payload?: Record<string, unknown> | null;
};

/** What a supplement entry (DanhSachHoSoBoSung) reads of a pause. */
export type PortalPause = Pick<
  DossierPauseEntity,
  'startedAt' | 'endedAt' | 'reason' | 'missingItems' | 'dueBefore' | 'dueAfter'
>;

export interface PortalPayloadSource {
  dossier: DossierEntity;
  /** `fieldCode` is the field's catalog code (MaLinhVuc); `stepNames` maps step ids to their names. */
  procedure: { name: string; field: string; fieldCode: string; stepNames: Record<string, string> };
  events: PortalEvent[];
  pauses: PortalPause[];
  /** Unit id → name, for DonViXuLy and PhongBanXuLy; an unknown id is sent as it is. */
  unitName: (id: string) => string;
}

const instantOf = (value: unknown): Date | null => (typeof value === 'string' ? new Date(value) : null);

/**
 * The supplement requests and the extension (apology, form 04), in the order they happened: each with its
 * reason and the appointment before and after it.
 */
export function supplementsAndExtensions(pauses: PortalPause[], events: PortalEvent[]): PortalSupplement[] {
  const supplements = pauses.map((p) => ({
    at: p.startedAt,
    entry: {
      NgayYeuCau: portalDate(p.startedAt),
      NgayTiepNhanBoSung: portalDate(p.endedAt),
      LyDo: p.reason,
      GiayToCanBoSung: p.missingItems,
      NgayHenTraCu: portalDate(p.dueBefore),
      NgayHenTraMoi: portalDate(p.dueAfter),
    },
  }));
  const extensions = events
    .filter((e) => e.action === 'extend' && e.payload)
    .map((e) => ({
      at: e.occurredAt,
      entry: {
        NgayYeuCau: portalDate(e.occurredAt),
        NgayTiepNhanBoSung: null,
        LyDo: typeof e.payload!.reason === 'string' ? e.payload!.reason : '',
        GiayToCanBoSung: [],
        NgayHenTraCu: portalDate(instantOf(e.payload!.previousDueAt)),
        NgayHenTraMoi: portalDate(instantOf(e.payload!.newDueAt)),
      },
    }));
  return [...supplements, ...extensions].sort((a, b) => a.at.getTime() - b.at.getTime()).map((x) => x.entry);
}

/** Pure: the full portal record of a dossier at one state change (the portal keeps the latest it has received). */
export function buildPortalPayload(source: PortalPayloadSource): PortalDossierPayload {
  const { dossier, procedure, events, pauses, unitName } = source;
  const status = dossierPortalStatus(dossier);
  return {
    MaHoSo: dossier.code,
    MaTTHC: dossier.procedureCode,
    TenTTHC: procedure.name,
    MaLinhVuc: procedure.fieldCode,
    ChuHoSo: dossier.applicant.fullName,
    LoaiDoiTuong: 'Công dân',
    SoDienThoai: dossier.applicant.phone,
    Email: dossier.applicant.email ?? null,
    TrichYeuHoSo: dossier.summary,
    NgayTiepNhan: portalDate(dossier.acceptedAt ?? dossier.receivedAt),
    NgayHenTra: portalDate(dossier.dueAt),
    TrangThaiHoSo: status,
    // A refusal to resolve is the result, handed over when it is issued.
    NgayTra: status === RESULT_RETURNED ? portalDate(dossier.finishedAt) : null,
    NgayKetThucXuLy: portalDate(dossier.resultReadyAt ?? dossier.finishedAt),
    DonViXuLy: unitName(dossier.stepOwnerUnit ?? dossier.receivingUnit),
    KenhThucHien: PORTAL_CHANNEL[dossier.channel],
    DanhSachHoSoBoSung: supplementsAndExtensions(pauses, events),
    QuaTrinhXuLy: [...events]
      .sort((a, b) => a.version - b.version)
      .map((e) => ({
        NguoiXuLy: e.actorName,
        ChucDanh: e.actorTitle,
        ThoiDiemXuLy: portalDate(e.occurredAt)!,
        NgayXuLy: portalDate(e.occurredAt)!,
        PhongBanXuLy: e.actorUnit ? unitName(e.actorUnit) : null,
        NoiDungXuLy: processingContent(e, (id) => procedure.stepNames[id]),
        NgayBatDau: portalDate(e.stepStartedAt),
        NgayKetThucTheoQuyDinh: portalDate(e.stepDueAt),
      })),
  };
}
