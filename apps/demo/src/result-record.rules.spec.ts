import type { DossierView, Procedure, SessionUser } from './api.types';
import { entersResult, resultBody } from './result-record.rules';

const procedure = {
  code: '2.000908',
  name: 'Cấp bản sao từ sổ gốc',
  steps: [
    {
      id: 'appraise',
      name: 'Thẩm định',
      owner: { unit: 'u', role: 'officer' },
      transitions: [{ event: 'submit', target: 'sign' }],
    },
    {
      id: 'sign',
      name: 'Ký',
      owner: { unit: 'l', role: 'leader' },
      transitions: [
        { event: 'sign', target: 'release' },
        { event: 'send_back', target: 'appraise' },
      ],
    },
    { id: 'release', name: 'Trả', result: true, owner: { unit: 'm', role: 'reception' }, transitions: [] },
  ],
} as unknown as Procedure;

describe('the demo records the result', () => {
  it('when the action about to be taken enters the result step, and only then', () => {
    expect(entersResult(procedure, 'sign', 'sign')).toBe(true);
    expect(entersResult(procedure, 'sign', 'send_back')).toBe(false);
    expect(entersResult(procedure, 'appraise', 'submit')).toBe(false);
  });

  it("in the signer's name, dated on Vietnam's day", () => {
    const view = {
      code: 'X-261123-0001',
      procedure: { code: '2.000908', name: 'Cấp bản sao' },
    } as DossierView;
    const signer = { fullName: 'Trần Văn Bình', title: 'Chủ tịch' } as SessionUser;
    expect(resultBody(view, signer, 4, new Date('2026-11-23T18:00:00Z'))).toMatchObject({
      kind: 'result',
      number: '5/KQ-2.000908',
      documentDate: '2026-11-24',
      signerName: 'Trần Văn Bình',
      signerTitle: 'Chủ tịch',
    });
  });
});
