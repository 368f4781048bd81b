import { applicant } from './dossier-client';

export const PROCEDURE = '2.000908';

type Documents = Array<{ name: string; originals: number; copies: number }>;

/** Valid bodies of each route, the starting points of the near-valid mutations. */
export const validBodies = (documents: Documents, version: number) => ({
  login: { username: 'letan.xa', password: 'motcua' },
  receive: {
    procedureCode: PROCEDURE,
    channel: 'in_person',
    applicant: applicant(3),
    documents,
    summary: 'Cấp bản sao',
    decision: 'request_supplement',
    reason: 'Thiếu bản gốc',
    missingItems: ['Bản gốc'],
  },
  portal: {
    portalDossierId: 'G22.99-fuzz',
    procedureCode: PROCEDURE,
    receivingUnit: 'mot-cua-xa',
    applicant: applicant(4),
    documents: documents.map((d) => ({
      ...d,
      fileName: 'to-khai.pdf',
      mimeType: 'application/pdf',
      contentBase64: 'JVBERi0=',
    })),
    payment: { status: 'unpaid', amount: 8000 },
    summary: 'Cấp bản sao',
  },
  action: {
    action: 'request_supplement',
    expectedVersion: version,
    reason: 'Thiếu bản gốc',
    missingItems: ['Bản gốc'],
    documents,
    collector: {
      kind: 'authorized',
      fullName: 'Trần Văn B',
      idNumber: '001085000002',
      authorization: 'GUQ 1',
    },
    newAppointment: '2026-12-01T08:00:00+07:00',
  },
  extend: {
    action: 'extend',
    expectedVersion: version,
    reason: 'Cần xác minh thêm',
    newAppointment: '2026-11-20T08:00:00+07:00',
  },
  assign: { username: 'tuphap.xa2', expectedVersion: version },
  comment: { text: 'Đã liên hệ công dân' },
  transfer: { procedureCode: '1.115668', reason: 'Thuộc thẩm quyền cấp tỉnh', expectedVersion: version },
  consult: {
    unit: 'cong-an-xa',
    question: 'Đề nghị xác minh nơi cư trú',
    deadline: { amount: 1, unit: 'working_day' },
    expectedVersion: version,
  },
  answer: { answer: 'Đúng nơi cư trú' },
  rating: { overall: 5, onTime: 5, staffAttitude: 4, guidance: 4, facilities: 3, comment: 'Tốt' },
});

export const validQueries = {
  dossiers: {
    status: 'in_progress',
    procedure: PROCEDURE,
    unit: 'mot-cua-xa',
    receivedFrom: '2026-11-01T00:00:00+07:00',
    receivedTo: '2026-12-01T00:00:00+07:00',
    q: 'Nhung',
    flag: 'overdue',
    limit: '10',
    cursor: 'abc',
  },
  notifications: { unread: 'true', limit: '5', cursor: 'abc' },
  period: { from: '2026-11-01T00:00:00+07:00', to: '2026-12-01T00:00:00+07:00' },
  handling: {
    from: '2026-11-01T00:00:00+07:00',
    to: '2026-12-01T00:00:00+07:00',
    groupBy: 'procedure',
    format: 'csv',
  },
};
