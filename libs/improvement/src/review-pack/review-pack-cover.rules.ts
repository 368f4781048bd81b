import { vietnamInstant, vietnamPeriod } from '@motcua/report';
import type { ReviewPack } from './review-pack.types';
import { rate } from './review-pack-words.rules';

export const NATIONAL_HEADER = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PACK_TITLE = 'HỒ SƠ XEM XÉT CỦA BAN CHỈ ĐẠO ISO';
export const PACK_SUBTITLE =
  'Kết quả thực hiện các quy trình nội bộ giải quyết thủ tục hành chính theo TCVN ISO 9001:2015';

/** The cover: the agency and the year, the period in words, and the figures a committee opens with. */
export interface PackCover {
  issuerParent: string;
  issuer: string;
  year: string;
  period: string;
  summary: Array<[string, string]>;
}

/** While the year runs the figures stop at `asOf`: the cover says so. */
export function packCover(pack: ReviewPack): PackCover {
  const partial = Date.parse(pack.asOf) < Date.parse(pack.to);
  const period = `Kỳ xem xét: ${vietnamPeriod(pack.from, pack.to)}${partial ? `; số liệu tính đến ${vietnamInstant(pack.asOf)}` : ''}`;
  return {
    issuerParent: (pack.agency.parent ?? '').toUpperCase(),
    issuer: pack.agency.name.toUpperCase(),
    year: `Năm ${pack.year}`,
    period,
    summary: [
      ['Cơ quan', pack.agency.name],
      ['Số thủ tục (phiên bản) có hồ sơ', String(pack.procedures.length)],
      ['Tổng số hồ sơ nhận giải quyết', String(pack.total.total)],
      ['Đã giải quyết', String(pack.total.resolved)],
      ['Đang giải quyết', String(pack.total.pending)],
      ['Tỷ lệ hồ sơ giải quyết đúng hạn (Quyết định 766/QĐ-TTg)', rate(pack.total.onTimeRate)],
      ['Số vấn đề đề nghị xem xét', String(pack.flags.length)],
    ],
  };
}

/** The download's file name: the agency and the year. */
export const packFileName = (pack: Pick<ReviewPack, 'agency' | 'year'>): string =>
  `ho-so-xem-xet-iso_${pack.agency.id}_${pack.year}`;
