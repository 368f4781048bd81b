import type { Organization } from '@motcua/engine';
import { receivingUnitProblem, submissionDiff } from './portal-submission.rules';

const org = {
  units: [
    { id: 'mot-cua-xa', roles: ['reception'] },
    { id: 'tu-phap-xa', roles: ['officer', 'head'] },
  ],
} as unknown as Organization;

describe('receivingUnitProblem', () => {
  it('takes a unit with a reception desk only', () => {
    expect(receivingUnitProblem(org, 'mot-cua-xa')).toBeNull();
    expect(receivingUnitProblem(org, 'tu-phap-xa')).toBe('no_reception');
    expect(receivingUnitProblem(org, 'nowhere')).toBe('unknown');
  });
});

describe('submissionDiff', () => {
  const first = {
    procedureCode: '2.000908',
    applicant: { fullName: 'An', phone: '0912345678' },
    documents: [{ name: 'Tờ khai', copies: 1, sha256: 'aa' }],
    payment: { status: 'paid', amount: 10000 },
  };

  it('finds nothing between the same content written in another order', () => {
    const reordered = {
      payment: { amount: 10000, status: 'paid' },
      documents: [{ sha256: 'aa', copies: 1, name: 'Tờ khai' }],
      applicant: { phone: '0912345678', fullName: 'An' },
      procedureCode: '2.000908',
    };
    expect(submissionDiff(first, reordered)).toEqual([]);
  });

  it('names each field that differs', () => {
    const second = {
      ...first,
      applicant: { fullName: 'An', phone: '0987654321', email: 'an@example.vn' },
      documents: [{ name: 'Tờ khai', copies: 2, sha256: 'bb' }],
      summary: 'Cấp lại',
    };
    expect(submissionDiff(first, second)).toEqual([
      'applicant.email',
      'applicant.phone',
      'documents.0.copies',
      'documents.0.sha256',
      'summary',
    ]);
    expect(submissionDiff(first, { ...first, documents: [] })).toEqual(['documents']);
  });
});
