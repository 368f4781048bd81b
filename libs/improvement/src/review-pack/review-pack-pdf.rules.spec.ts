import { pdfToText } from '../../../../test/support/pdf-text';
import { figureOf, packOf } from './__fixtures__/review-pack-fixtures';
import { reviewPackPdf } from './review-pack-pdf.rules';

const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe('reviewPackPdf', () => {
  it('is an A4 PDF with a cover naming the agency and the year, then the three sections', async () => {
    const pdf = await reviewPackPdf(packOf());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(await pdfToText(pdf));
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ SA PA');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('HỒ SƠ XEM XÉT CỦA BAN CHỈ ĐẠO ISO');
    expect(text).toContain('NĂM 2026');
    expect(text).toContain('Kỳ xem xét: từ ngày 01/01/2026 đến hết ngày 31/12/2026');
    expect(text).toContain('I. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO THỦ TỤC');
    expect(text).toContain('II. THỜI GIAN THỰC TẾ CỦA TỪNG BƯỚC SO VỚI QUY TRÌNH NỘI BỘ');
    expect(text).toContain('III. CÁC VẤN ĐỀ ĐỀ NGHỊ BAN CHỈ ĐẠO ISO XEM XÉT');
    expect(text).toContain('66,67 %');
    expect(text).toContain('41 % hồ sơ trễ hạn của thủ tục bị trễ tại bước này');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('breaks a long table across pages with its heading on each', async () => {
    const steps = Array.from({ length: 120 }, (_, i) =>
      figureOf({ stepId: `s${i}`, stepName: `Bước số ${i + 1}` }),
    );
    const pdf = await reviewPackPdf(packOf({ steps }));
    const text = squash(await pdfToText(pdf));
    expect(text).toContain('Bước số 1 ');
    expect(text).toContain('Bước số 120 ');
    expect(text.match(/Tỷ trọng trong hồ sơ trễ hạn/g)!.length).toBeGreaterThan(1);
  });

  it('says so on a section without rows', async () => {
    const text = squash(await pdfToText(await reviewPackPdf(packOf({ flags: [] }))));
    expect(text).toContain('Không có vấn đề nào');
  });
});
