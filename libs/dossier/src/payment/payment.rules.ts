import {
  type PaymentTiming,
  paymentTimingOf,
  type ProcedureDefinition,
  type ProcedureFee,
} from '@motcua/engine';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';

/** How a fee was paid: at the desk in cash, by bank transfer or card; online through the national portal. */
export const PAYMENT_METHODS = ['cash', 'bank_transfer', 'card', 'portal_online'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The methods reception records at the desk (an online payment arrives as the portal's notification). */
export const DESK_METHODS = ['cash', 'bank_transfer', 'card'] as const satisfies readonly PaymentMethod[];

export type PaymentSource = 'desk' | 'portal';

/** What a dossier owes and has paid, from its procedure's fees and the sum of its recorded payments. */
export interface FeeStatement {
  /** The fees charged (amount above zero), as the procedure file lists them. */
  fees: ProcedureFee[];
  total: number;
  timing: PaymentTiming;
  /** The center collects the fees (some are charged and the file does not say `payment: none`). */
  collected: boolean;
  paidAmount: number;
  /** Still to pay (never negative); 0 when nothing is collected. */
  due: number;
  /** Nothing is left to pay: paid in full, or nothing collected. */
  paid: boolean;
}

export function feeStatement(
  definition: Pick<ProcedureDefinition, 'fees' | 'payment'>,
  paidAmount: number,
): FeeStatement {
  const fees = definition.fees.filter((f) => f.amount > 0).map((f) => ({ name: f.name, amount: f.amount }));
  const total = fees.reduce((sum, f) => sum + f.amount, 0);
  const timing = paymentTimingOf(definition);
  const collected = total > 0 && timing !== 'none';
  const due = collected ? Math.max(0, total - paidAmount) : 0;
  return { fees, total, timing, collected, paidAmount, due, paid: due === 0 };
}

/** `100.000 đồng`: the Vietnamese thousands separator, as messages to users say amounts. */
export const dong = (amount: number): string =>
  `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;

const CLOSED: readonly string[] = ['refused', 'withdrawn', 'stopped'];

/**
 * Whether a payment of `amount` may be recorded on the dossier: the center collects the procedure's fees, the
 * dossier is not closed without a result (nor handed over, unless the file lets the fee be paid after the result),
 * and the payment does not take the dossier beyond its fees unless the reason is written down (`note`).
 */
export function checkPayment(
  statement: FeeStatement,
  dossier: Pick<DossierEntity, 'code' | 'status'>,
  amount: number,
  note: string | null,
): void {
  if (!statement.collected) {
    throw new DossierException(
      DossierErrorCode.PaymentNotCollected,
      statement.total === 0
        ? `Thủ tục của hồ sơ ${dossier.code} không thu phí, lệ phí`
        : `Phí, lệ phí của thủ tục này không thu tại Bộ phận Một cửa (payment: none)`,
    );
  }
  const afterResult = dossier.status === 'done' && statement.timing === 'after_result';
  if (CLOSED.includes(dossier.status) || (dossier.status === 'done' && !afterResult)) {
    throw new DossierException(
      DossierErrorCode.PaymentNotOpen,
      `Hồ sơ ${dossier.code} đã kết thúc (${dossier.status}); không ghi nhận thêm khoản thu`,
      { status: dossier.status },
    );
  }
  if (amount > statement.due && !note) {
    throw new DossierException(
      DossierErrorCode.Overpayment,
      `Số tiền ${dong(amount)} vượt số còn phải nộp (${dong(statement.due)}); ` +
        'nếu thu thêm theo quy định (ví dụ phí tính theo trang), ghi rõ lý do ở mục ghi chú',
      { due: statement.due, total: statement.total, paidAmount: statement.paidAmount },
    );
  }
}

/**
 * A procedure whose fees are paid before the result (`payment: before_result`, the default) does not hand the
 * result over while any of it is unpaid.
 */
export function checkResultRelease(statement: FeeStatement, code: string): void {
  if (statement.timing !== 'before_result' || statement.paid) return;
  throw new DossierException(
    DossierErrorCode.FeesUnpaid,
    `Hồ sơ ${code} chưa nộp đủ phí, lệ phí: còn ${dong(statement.due)}; ghi nhận khoản thu trước khi trả kết quả`,
    { due: statement.due, total: statement.total, paidAmount: statement.paidAmount },
  );
}

/** The agency whose receipt books number a desk payment: the receiving agency, the dossier code's first part. */
export const agencyOfCode = (code: string): string => code.split('-').slice(0, -2).join('-') || code;
