import type { TimeLimit } from '@motcua/calendar';
import {
  appliedLimitText,
  conditionalLimitText,
  type FeeStatement,
  limitText,
  type ResultDelivery,
  type TakenLimitExtension,
} from '@motcua/dossier';
import type { LimitExtension, ProcedureFee } from '@motcua/engine';
import type { FormDocument } from './form.types';

/** Who received the dossier at the desk (the receipt's officer), as the reception event recorded them. */
export interface ReceivingOfficer {
  name: string | null;
  title: string | null;
}

/** Where a dossier stands in its receiving unit's tracking book (form 07): the year's book and its entry number. */
export interface BookEntry {
  unitName: string;
  year: number;
  number: number;
}

export interface ReceiptFacts {
  applicantName: string;
  applicantAddress: string;
  receivingUnitName: string;
  deadline: TimeLimit;
  /** The procedure's conditional limits (steps' `extendsLimit`), stated with the statutory one. */
  conditions: LimitExtension[];
  /** Those the dossier took: the appointment already counts them. */
  taken: TakenLimitExtension[];
  fees: ProcedureFee[];
  /** What is paid of the fees when the receipt is printed (null: not stated). */
  payment: FeeStatement | null;
  officer: ReceivingOfficer | null;
  resultDelivery: ResultDelivery;
  book: BookEntry;
}

const SHIFT = 7 * 3_600_000;

/** The Vietnam calendar year of an instant and the instant it began: the tracking book is kept a book a year. */
export function bookYear(at: Date): { year: number; from: Date } {
  const year = new Date(at.getTime() + SHIFT).getUTCFullYear();
  return { year, from: new Date(Date.UTC(year, 0, 1) - SHIFT) };
}

/** `1.000.000 đồng`: Vietnamese thousands separator. */
export const formatDong = (amount: number): string =>
  `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;

/** The fees and charges of the procedure as the receipt states them (Circular 03/2025, form 01). */
export function feeText(fees: ProcedureFee[]): string {
  const charged = fees.filter((f) => f.amount > 0);
  if (charged.length === 0) return 'Không thu phí, lệ phí';
  const lines = charged.map((f) => `${f.name}: ${formatDong(f.amount)}`);
  if (charged.length === 1) return lines[0]!;
  return `${lines.join('; ')}; tổng cộng: ${formatDong(charged.reduce((sum, f) => sum + f.amount, 0))}`;
}

/** What is paid of the fees and when the rest is due, as the receipt states it; null when nothing is charged. */
export function paymentText(payment: FeeStatement | null): string | null {
  if (!payment || payment.total === 0) return null;
  if (!payment.collected) return 'Không thu tại Bộ phận Một cửa';
  if (payment.paid) return `Đã nộp đủ ${formatDong(payment.paidAmount)}`;
  const when = payment.timing === 'before_result' ? 'trước khi nhận kết quả' : 'khi nhận kết quả hoặc sau đó';
  const paid = payment.paidAmount > 0 ? `Đã nộp ${formatDong(payment.paidAmount)}; c` : 'C';
  return `${paid}òn phải nộp ${formatDong(payment.due)} ${when}`;
}

export function resultPlace(
  facts: Pick<ReceiptFacts, 'resultDelivery' | 'receivingUnitName' | 'applicantAddress'>,
): string {
  return facts.resultDelivery === 'post'
    ? `Qua dịch vụ bưu chính công ích, gửi đến địa chỉ: ${facts.applicantAddress}`
    : `Tại Bộ phận Một cửa - ${facts.receivingUnitName}`;
}

/** The statutory limit, then each conditional one as the rule that applies (`…; Trường hợp …: 15 ngày làm việc`). */
const limitRules = ({ deadline, conditions }: ReceiptFacts): string =>
  [limitText(deadline), ...conditions.map((c) => conditionalLimitText(deadline, c))].join('; ');

const paymentField = (payment: FeeStatement | null): Array<[string, string]> => {
  const text = paymentText(payment);
  return text ? [['Tình hình nộp phí, lệ phí', text]] : [];
};

const officerText = (officer: ReceivingOfficer | null): string =>
  officer?.name ? (officer.title ? `${officer.name} (${officer.title})` : officer.name) : '—';

/**
 * Pure: form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) completed with what Circular 03/2025 appendix I asks of a
 * receipt besides the dossier's identity and dates: the statutory time limit, the fee, the receiving officer, where
 * the result is collected, the tracking-book entry, and the signature blocks of the applicant and the officer.
 */
export function completeReceipt(form: FormDocument, facts: ReceiptFacts): FormDocument {
  const { deadline, book } = facts;
  return {
    ...form,
    fields: [
      ...form.fields,
      ['Người tiếp nhận hồ sơ', officerText(facts.officer)],
      ['Thời hạn giải quyết theo quy định', limitRules(facts)],
      ...(facts.taken.length > 0
        ? [['Thời hạn áp dụng đối với hồ sơ', appliedLimitText(deadline, facts.taken)!] as [string, string]]
        : []),
      ['Phí, lệ phí', feeText(facts.fees)],
      ...paymentField(facts.payment),
      ['Nơi nhận kết quả', resultPlace(facts)],
      ['Vào Sổ theo dõi hồ sơ', `quyển năm ${book.year} của ${book.unitName}, số thứ tự ${book.number}`],
    ],
    signatures: [
      { title: 'Người nộp hồ sơ', note: '(Ký và ghi rõ họ tên)', name: facts.applicantName },
      { title: 'Người tiếp nhận hồ sơ', note: '(Ký và ghi rõ họ tên)', name: facts.officer?.name ?? '' },
    ],
  };
}
