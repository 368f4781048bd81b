import type { FormDocument } from './form.types';
import {
  bookYear,
  completeReceipt,
  feeText,
  formatDong,
  type ReceiptFacts,
  paymentText,
  resultPlace,
} from './receipt-form.rules';
import { feeStatement } from '@motcua/dossier';

const form: FormDocument = {
  number: '01',
  title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  issuer: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
  fields: [['Mã hồ sơ', 'X-261123-0001']],
  paragraphs: [],
  place: 'Gia Phú',
  issuedAt: 'ngày in 23/11/2026 08:00',
};
const facts: ReceiptFacts = {
  applicantName: 'Nguyễn Văn An',
  applicantAddress: 'Thôn 3, xã Gia Phú',
  receivingUnitName: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
  deadline: { amount: 5, unit: 'working_day' },
  conditions: [],
  taken: [],
  fees: [{ name: 'Lệ phí đăng ký nuôi con nuôi trong nước', amount: 400000 }],
  payment: null,
  officer: { name: 'Lò Thị Mai', title: 'Công chức Văn phòng - Thống kê' },
  resultDelivery: 'desk',
  book: { unitName: 'Trung tâm Phục vụ hành chính công xã Gia Phú', year: 2026, number: 17 },
};
const field = (doc: FormDocument, label: string) => doc.fields.find(([k]) => k === label)?.[1];

describe('form 01: what Circular 03/2025 asks of a receipt', () => {
  it('states the fee, the officer, the time limit, where to collect the result and the book entry', () => {
    const doc = completeReceipt(form, facts);
    expect(field(doc, 'Mã hồ sơ')).toBe('X-261123-0001');
    expect(field(doc, 'Người tiếp nhận hồ sơ')).toBe('Lò Thị Mai (Công chức Văn phòng - Thống kê)');
    expect(field(doc, 'Thời hạn giải quyết theo quy định')).toBe('5 ngày làm việc');
    expect(field(doc, 'Phí, lệ phí')).toBe('Lệ phí đăng ký nuôi con nuôi trong nước: 400.000 đồng');
    expect(field(doc, 'Nơi nhận kết quả')).toBe(
      'Tại Bộ phận Một cửa - Trung tâm Phục vụ hành chính công xã Gia Phú',
    );
    expect(field(doc, 'Vào Sổ theo dõi hồ sơ')).toBe(
      'quyển năm 2026 của Trung tâm Phục vụ hành chính công xã Gia Phú, số thứ tự 17',
    );
  });

  it('states each conditional limit as the rule that applies, and the one a dossier took', () => {
    const rule = 'Trường hợp phải xác minh điều kiện đương nhiên được xóa án tích';
    const conditions = [{ amount: 5, unit: 'working_day' as const, rule }];
    const before = completeReceipt(form, {
      ...facts,
      deadline: { amount: 10, unit: 'working_day' },
      conditions,
    });
    expect(field(before, 'Thời hạn giải quyết theo quy định')).toBe(
      `10 ngày làm việc; ${rule}: 15 ngày làm việc`,
    );
    expect(field(before, 'Thời hạn áp dụng đối với hồ sơ')).toBeUndefined();
    const taken = [{ step: 'verify', ...conditions[0]!, at: '2026-03-11T09:00:00+07:00' }];
    const after = completeReceipt(form, {
      ...facts,
      deadline: { amount: 10, unit: 'working_day' },
      conditions,
      taken,
    });
    expect(field(after, 'Thời hạn áp dụng đối với hồ sơ')).toBe(`15 ngày làm việc (${rule})`);
  });

  it('ends with the signature blocks of the applicant and the receiving officer, named', () => {
    expect(completeReceipt(form, facts).signatures).toEqual([
      { title: 'Người nộp hồ sơ', note: '(Ký và ghi rõ họ tên)', name: 'Nguyễn Văn An' },
      { title: 'Người tiếp nhận hồ sơ', note: '(Ký và ghi rõ họ tên)', name: 'Lò Thị Mai' },
    ]);
    const unknown = completeReceipt(form, { ...facts, officer: null });
    expect(field(unknown, 'Người tiếp nhận hồ sơ')).toBe('—');
    expect(unknown.signatures?.[1]?.name).toBe('');
  });

  it('says when nothing is charged, and totals several charges', () => {
    expect(feeText([])).toBe('Không thu phí, lệ phí');
    expect(feeText([{ name: 'Lệ phí đăng ký khai sinh đúng hạn (miễn)', amount: 0 }])).toBe(
      'Không thu phí, lệ phí',
    );
    expect(
      feeText([
        { name: 'Phí thẩm định', amount: 1500000 },
        { name: 'Lệ phí cấp giấy', amount: 25000 },
      ]),
    ).toBe('Phí thẩm định: 1.500.000 đồng; Lệ phí cấp giấy: 25.000 đồng; tổng cộng: 1.525.000 đồng');
    expect(formatDong(2000)).toBe('2.000 đồng');
    expect(formatDong(0)).toBe('0 đồng');
  });

  it("sends a result by post to the applicant's address when so registered", () => {
    expect(resultPlace({ ...facts, resultDelivery: 'post' })).toBe(
      'Qua dịch vụ bưu chính công ích, gửi đến địa chỉ: Thôn 3, xã Gia Phú',
    );
  });

  it('files the dossier in the book of its Vietnam calendar year', () => {
    // 31 Dec 2026 18:00 UTC is already 1 January 2027 in Hà Nội.
    const y = bookYear(new Date('2026-12-31T18:00:00Z'));
    expect(y.year).toBe(2027);
    expect(y.from.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(bookYear(new Date('2026-12-31T16:59:59Z')).year).toBe(2026);
  });
});

describe('form 01: what is paid of the fees', () => {
  const fees = [{ name: 'Lệ phí đăng ký hộ kinh doanh', amount: 100000 }];

  it('states what is paid and what is still due, and when', () => {
    expect(paymentText(feeStatement({ fees }, 0))).toBe('Còn phải nộp 100.000 đồng trước khi nhận kết quả');
    expect(paymentText(feeStatement({ fees }, 60000))).toBe(
      'Đã nộp 60.000 đồng; còn phải nộp 40.000 đồng trước khi nhận kết quả',
    );
    expect(paymentText(feeStatement({ fees, payment: 'after_result' }, 0))).toBe(
      'Còn phải nộp 100.000 đồng khi nhận kết quả hoặc sau đó',
    );
    expect(paymentText(feeStatement({ fees }, 100000))).toBe('Đã nộp đủ 100.000 đồng');
    expect(paymentText(feeStatement({ fees, payment: 'none' }, 0))).toBe('Không thu tại Bộ phận Một cửa');
  });

  it('says nothing of payment for a procedure that charges nothing', () => {
    const doc = completeReceipt(form, { ...facts, fees: [], payment: feeStatement({ fees: [] }, 0) });
    expect(field(doc, 'Tình hình nộp phí, lệ phí')).toBeUndefined();
    const owing = completeReceipt(form, { ...facts, fees, payment: feeStatement({ fees }, 60000) });
    expect(field(owing, 'Tình hình nộp phí, lệ phí')).toContain('còn phải nộp 40.000 đồng');
  });
});
