import type { DossierView, Procedure } from './api.types';
import type { DossierPlan } from './demo.plan';
import type { DemoUser } from './demo-users.rules';

/** Shaped like 2.000908 as GET /procedures/:code shows it. */
export const copyProcedure: Procedure = {
  code: '2.000908',
  name: 'Cấp bản sao từ sổ gốc',
  online: 'partial',
  maxSupplementRequests: 1,
  documents: [
    { name: 'Tờ khai yêu cầu cấp bản sao', originals: 1, copies: 0, required: true },
    { name: 'Giấy tờ chứng minh là người được ủy quyền', originals: 0, copies: 1, required: false },
    { name: 'Bản chính giấy tờ cần sao', originals: 1, copies: 0, required: true },
  ],
  steps: [
    {
      id: 'receive',
      name: 'Tiếp nhận',
      owner: { unit: 'mot-cua-xa', role: 'reception' },
      transitions: [{ event: 'forward', target: 'appraise' }],
    },
    {
      id: 'appraise',
      name: 'Thẩm định',
      owner: { unit: 'tu-phap-xa', role: 'officer' },
      transitions: [
        { event: 'request_verification', target: 'verify' },
        { event: 'submit', target: 'sign' },
      ],
    },
    {
      id: 'verify',
      name: 'Xác minh',
      owner: { unit: 'cong-an-xa', role: 'officer' },
      transitions: [{ event: 'reply', target: 'appraise' }],
    },
    {
      id: 'sign',
      name: 'Ký',
      owner: { unit: 'lanh-dao-xa', role: 'leader' },
      transitions: [
        { event: 'send_back', target: 'appraise', guard: 'hasComment' },
        { event: 'sign', target: 'release' },
      ],
    },
    {
      id: 'release',
      name: 'Trả kết quả',
      owner: { unit: 'mot-cua-xa', role: 'reception' },
      transitions: [{ event: 'hand_over', target: 'done', guard: 'feesPaid' }],
    },
  ],
};

export const planOf = (over: Partial<DossierPlan> = {}): DossierPlan => ({
  index: 1,
  procedureCode: '2.000908',
  channel: 'in_person',
  applicant: { fullName: 'Nguyễn Văn An', idNumber: '010085012345', phone: '0912345678', address: 'Thôn 1' },
  summary: 'Đề nghị cấp bản sao từ sổ gốc',
  scenario: 'complete',
  documents: [],
  missing: [],
  stopAfter: 0,
  ...over,
});

export function viewAt(stepId: string | null, over: Partial<DossierView> = {}): DossierView {
  const step = copyProcedure.steps.find((s) => s.id === stepId);
  return {
    code: '000.01.52.H38-261123-0001',
    procedure: { code: '2.000908', name: 'Cấp bản sao từ sổ gốc', revision: 1 },
    status: 'in_progress',
    step: step ? { id: step.id, name: step.name, owner: step.owner, assignee: null } : null,
    version: 3,
    allowedActions: step ? [...step.transitions.map((t) => t.event), 'request_supplement', 'withdraw'] : [],
    ...over,
  };
}

export const userOf = (username: string, unit: string, roles: string[]): DemoUser => ({
  username,
  fullName: username,
  title: '',
  unit,
  unitName: unit,
  roles,
  token: `token-${username}`,
});
