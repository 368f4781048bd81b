import type { CollectorBody } from './api/api.types';

/** Who collects the result, as the hand-over form asks for it. */
export interface CollectorDraft {
  kind: string;
  fullName: string;
  idType: string;
  idNumber: string;
  authorization: string;
  postalReference: string;
}

export const emptyCollector = (): CollectorDraft => ({
  kind: 'applicant',
  fullName: '',
  idType: 'cccd',
  idNumber: '',
  authorization: '',
  postalReference: '',
});

/** The first thing missing or malformed, in Vietnamese; undefined when the draft may be sent. */
export function collectorProblem(c: CollectorDraft): string | undefined {
  if (c.kind === 'post') return c.postalReference.trim() ? undefined : 'Nhập số hiệu bưu gửi.';
  if (c.kind === 'authorized' && !c.fullName.trim()) return 'Nhập họ tên người được ủy quyền.';
  const id = c.idNumber.replace(/\s+/g, '');
  if (c.idType === 'cccd' && !/^\d{12}$/.test(id)) return 'Số Căn cước / CCCD gồm đúng 12 chữ số.';
  if (c.idType === 'other' && !/^[A-Za-z0-9]{6,20}$/.test(id))
    return 'Nhập số giấy tờ tùy thân (6–20 ký tự).';
  if (c.kind === 'authorized' && !c.authorization.trim()) return 'Nhập số, ngày của giấy ủy quyền.';
  return undefined;
}

/** The body's `collector`: only the fields its kind uses (kind and idType are the form's select options). */
export function collectorBody(c: CollectorDraft): CollectorBody {
  return fieldsOf(c) as CollectorBody;
}

function fieldsOf(c: CollectorDraft): Record<string, string> {
  if (c.kind === 'post') return { kind: 'post', postalReference: c.postalReference.trim() };
  const id = { idType: c.idType, idNumber: c.idNumber.replace(/\s+/g, '') };
  if (c.kind === 'applicant') return { kind: 'applicant', ...id };
  return { kind: 'authorized', fullName: c.fullName.trim(), ...id, authorization: c.authorization.trim() };
}
