import { DossierErrorCode } from '../dossier.exception';
import { agencyOfCode, checkPayment, checkResultRelease, feeStatement } from './payment.rules';

const fees = [
  { name: 'Lệ phí', amount: 150000 },
  { name: 'Phí thẩm định', amount: 50000 },
  { name: 'Miễn', amount: 0 },
];
const open = { code: 'X-261123-0001', status: 'in_progress' as const };

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return undefined;
};

describe('feeStatement', () => {
  it('totals the charged fees and what is left to pay', () => {
    const s = feeStatement({ fees }, 120000);
    expect(s).toMatchObject({
      total: 200000,
      due: 80000,
      paid: false,
      collected: true,
      timing: 'before_result',
    });
    expect(s.fees.map((f) => f.name)).toEqual(['Lệ phí', 'Phí thẩm định']);
    expect(feeStatement({ fees }, 200000).paid).toBe(true);
    expect(feeStatement({ fees }, 250000).due).toBe(0);
  });

  it('owes nothing when nothing is charged or another body collects the fees', () => {
    expect(feeStatement({ fees: [{ name: 'Miễn', amount: 0 }] }, 0)).toMatchObject({
      paid: true,
      collected: false,
    });
    expect(feeStatement({ fees, payment: 'none' }, 0)).toMatchObject({
      paid: true,
      collected: false,
      due: 0,
    });
  });
});

describe('checkPayment', () => {
  it('takes a payment up to what is due', () => {
    expect(codeOf(() => checkPayment(feeStatement({ fees }, 0), open, 200000, null))).toBeUndefined();
    expect(codeOf(() => checkPayment(feeStatement({ fees }, 150000), open, 50000, null))).toBeUndefined();
  });

  it('refuses more than is due, unless the reason is written down', () => {
    const s = feeStatement({ fees }, 150000);
    expect(codeOf(() => checkPayment(s, open, 60000, null))).toBe(DossierErrorCode.Overpayment);
    expect(() => checkPayment(s, open, 60000, null)).toThrow(
      'Số tiền 60.000 đồng vượt số còn phải nộp (50.000 đồng)',
    );
    expect(
      codeOf(() => checkPayment(s, open, 60000, 'Phí chứng thực tính theo trang: 5 trang')),
    ).toBeUndefined();
  });

  it('refuses a payment when no fee is collected', () => {
    expect(codeOf(() => checkPayment(feeStatement({ fees: [] }, 0), open, 1000, null))).toBe(
      DossierErrorCode.PaymentNotCollected,
    );
    expect(codeOf(() => checkPayment(feeStatement({ fees, payment: 'none' }, 0), open, 1000, null))).toBe(
      DossierErrorCode.PaymentNotCollected,
    );
  });

  it('refuses a payment on a closed dossier; after the result only when the file says the fee comes after it', () => {
    const s = feeStatement({ fees }, 0);
    for (const status of ['refused', 'withdrawn', 'stopped', 'done'] as const) {
      expect(codeOf(() => checkPayment(s, { ...open, status }, 1000, null))).toBe(
        DossierErrorCode.PaymentNotOpen,
      );
    }
    const later = feeStatement({ fees, payment: 'after_result' }, 0);
    expect(codeOf(() => checkPayment(later, { ...open, status: 'done' }, 1000, null))).toBeUndefined();
    expect(codeOf(() => checkPayment(s, { ...open, status: 'submitted' }, 1000, null))).toBeUndefined();
  });
});

describe('checkResultRelease', () => {
  it('holds the result of a procedure paid before it until the fees are paid in full', () => {
    expect(codeOf(() => checkResultRelease(feeStatement({ fees }, 199999), 'X'))).toBe(
      DossierErrorCode.FeesUnpaid,
    );
    expect(codeOf(() => checkResultRelease(feeStatement({ fees }, 200000), 'X'))).toBeUndefined();
  });

  it('releases it unpaid when the file says after_result or none, and when nothing is charged', () => {
    expect(
      codeOf(() => checkResultRelease(feeStatement({ fees, payment: 'after_result' }, 0), 'X')),
    ).toBeUndefined();
    expect(codeOf(() => checkResultRelease(feeStatement({ fees, payment: 'none' }, 0), 'X'))).toBeUndefined();
    expect(codeOf(() => checkResultRelease(feeStatement({ fees: [] }, 0), 'X'))).toBeUndefined();
  });
});

it("numbers receipts in the receiving agency's books: the code's first part", () => {
  expect(agencyOfCode('000.00.12.H62-201105-0004')).toBe('000.00.12.H62');
  expect(agencyOfCode('so-tu-phap-261123-0001')).toBe('so-tu-phap');
});
