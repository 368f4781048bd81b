import ExcelJS from 'exceljs';
import { packOf } from './__fixtures__/review-pack-fixtures';
import { reviewPackXlsx, TABLE_HEADER_ROW } from './review-pack-xlsx.rules';

async function workbookOf(pack = packOf()): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await reviewPackXlsx(pack)) as unknown as ExcelJS.Buffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, n: number): unknown[] =>
  (sheet.getRow(n).values as unknown[]).slice(1);

describe('reviewPackXlsx', () => {
  it('has a cover sheet, then one sheet per section', async () => {
    const workbook = await workbookOf();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng quan',
      'Thủ tục',
      'Phân tích bước',
      'Vấn đề cần xem xét',
    ]);
    const cover = workbook.getWorksheet('Tổng quan')!;
    expect(cover.getCell(2, 1).value).toBe('ỦY BAN NHÂN DÂN XÃ SA PA');
    expect(cover.getCell(1, 2).value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(cover.getCell(6, 1).value).toBe('Năm 2026');
    expect(cover.getCell(7, 1).value).toBe('Kỳ xem xét: từ ngày 01/01/2026 đến hết ngày 31/12/2026');
    expect(values(cover, 11)).toEqual(['Tổng số hồ sơ nhận giải quyết', '12']);
  });

  it('lists each procedure revision with form 06’s counts, the on-time rate and the total', async () => {
    const sheet = (await workbookOf()).getWorksheet('Thủ tục')!;
    expect(values(sheet, TABLE_HEADER_ROW).slice(0, 6)).toEqual([
      'STT',
      'Mã thủ tục',
      'Phiên bản',
      'Tên thủ tục',
      'Thời hạn',
      'Tổng số hồ sơ nhận giải quyết',
    ]);
    expect(values(sheet, TABLE_HEADER_ROW + 1)).toEqual([
      1,
      '2.000908',
      1,
      'Thủ tục 2.000908',
      '1 ngày làm việc',
      12,
      4,
      6,
      2,
      9,
      3,
      4,
      2,
      1,
      2,
      1,
      1,
      '66,67 %',
      '5 giờ',
      '1,3 ngày làm việc',
      2,
    ]);
    expect(values(sheet, TABLE_HEADER_ROW + 2).slice(0, 6)).toEqual(['', 'Tổng cộng', '', '', '', 12]);
  });

  it('gives the steps and the matters to review their own sheets', async () => {
    const workbook = await workbookOf();
    const steps = workbook.getWorksheet('Phân tích bước')!;
    expect(values(steps, TABLE_HEADER_ROW + 1).slice(0, 8)).toEqual([
      1,
      '2.000908',
      1,
      'Thẩm định hồ sơ',
      'tu-phap-xa',
      '3 giờ',
      100,
      '6,5 giờ',
    ]);
    const flags = workbook.getWorksheet('Vấn đề cần xem xét')!;
    expect(values(flags, TABLE_HEADER_ROW + 1).slice(0, 5)).toEqual([
      1,
      '2.000908',
      1,
      '',
      'Tổng thời gian các bước ít hơn thời hạn',
    ]);
    expect(values(flags, TABLE_HEADER_ROW + 3)[4]).toBe('Trung vị thời gian của bước vượt quy định');
  });

  it('says so on a section without rows', async () => {
    const workbook = await workbookOf(packOf({ steps: [], flags: [] }));
    expect(workbook.getWorksheet('Phân tích bước')!.getCell(TABLE_HEADER_ROW + 1, 1).value).toBe(
      'Không có lượt chuyển bước nào của các thủ tục trong năm.',
    );
  });
});
