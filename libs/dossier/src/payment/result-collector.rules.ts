import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';

/** Who collected the result: the applicant, a person they authorized, or the public post that delivers it. */
export const COLLECTOR_KINDS = ['applicant', 'authorized', 'post'] as const;
export type CollectorKind = (typeof COLLECTOR_KINDS)[number];

/** The identity document shown: a 12-digit Căn cước / CCCD, or another (passport, old 9-digit card…). */
export const ID_TYPES = ['cccd', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

export interface ResultCollector {
  kind: CollectorKind;
  fullName: string | null;
  idType: IdType | null;
  idNumber: string | null;
  /** The authorization paper (giấy ủy quyền): its number, date, who certified it. */
  authorization: string | null;
  /** The postal item number of a result sent by post. */
  postalReference: string | null;
}

export type CollectorInput = Partial<ResultCollector>;

const CCCD = /^\d{12}$/;
const OTHER_ID = /^[A-Z0-9]{6,20}$/;

const invalid = (message: string): DossierException =>
  new DossierException(DossierErrorCode.InvalidCollector, message);

const text = (value: string | null | undefined): string | null => value?.trim() || null;

function identity(input: CollectorInput): { idType: IdType; idNumber: string } {
  const idType = input.idType ?? 'cccd';
  const idNumber = text(input.idNumber)?.toUpperCase().replace(/\s+/g, '') ?? null;
  if (!idNumber) throw invalid('Nhập số giấy tờ tùy thân của người nhận kết quả');
  if (idType === 'cccd' && !CCCD.test(idNumber)) {
    throw invalid('Số Căn cước / Căn cước công dân phải gồm đúng 12 chữ số');
  }
  if (idType === 'other' && !OTHER_ID.test(idNumber)) {
    throw invalid('Số giấy tờ tùy thân khác (hộ chiếu…) gồm 6 đến 20 chữ cái hoặc chữ số');
  }
  return { idType, idNumber };
}

/**
 * Who collects the result at its hand-over, checked: the applicant shows their own identity document (its number
 * is the one on the dossier); an authorized person gives their name, identity document and the authorization
 * paper; a result sent by post gives the postal item number.
 */
export function checkCollector(
  dossier: Pick<DossierEntity, 'code' | 'applicant'>,
  input: CollectorInput | undefined,
): ResultCollector {
  if (!input?.kind) {
    throw new DossierException(
      DossierErrorCode.CollectorRequired,
      `Ghi nhận người nhận kết quả của hồ sơ ${dossier.code}: người nộp, người được ủy quyền, hoặc gửi qua bưu chính`,
    );
  }
  const none = { fullName: null, idType: null, idNumber: null, authorization: null, postalReference: null };
  if (input.kind === 'post') {
    const postalReference = text(input.postalReference);
    if (!postalReference) throw invalid('Nhập số hiệu bưu gửi của kết quả gửi qua dịch vụ bưu chính');
    return { ...none, kind: 'post', postalReference };
  }
  const id = identity(input);
  if (input.kind === 'applicant') {
    const own = dossier.applicant.idNumber.toUpperCase().replace(/\s+/g, '');
    if (id.idNumber !== own) {
      throw new DossierException(
        DossierErrorCode.CollectorNotApplicant,
        'Số giấy tờ không phải của người nộp hồ sơ; nếu người khác nhận thay, ghi nhận là người được ủy quyền',
      );
    }
    return { ...none, kind: 'applicant', fullName: dossier.applicant.fullName, ...id };
  }
  const fullName = text(input.fullName);
  if (!fullName) throw invalid('Nhập họ tên người được ủy quyền nhận kết quả');
  const authorization = text(input.authorization);
  if (!authorization) throw invalid('Nhập số, ngày của giấy ủy quyền nhận kết quả');
  return { ...none, kind: 'authorized', fullName, ...id, authorization };
}
