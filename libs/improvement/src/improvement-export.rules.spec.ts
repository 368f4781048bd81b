import ExcelJS from 'exceljs';
import { improvementPeriodLine, improvementXlsx, TREND_COLUMNS, tableOf } from './improvement-export.rules';

const points = [
  { month: '2026-01', handOvers: 8, lateHandOvers: 2, lateShare: 0.25, meanMinutes: 95.5 },
  { month: '2026-02', handOvers: 0, lateHandOvers: 0, lateShare: null, meanMinutes: null },
];

describe('improvement spreadsheets', () => {
  it('lays a table out with its heading row and shares in percent', () => {
    expect(tableOf(TREND_COLUMNS, points)).toEqual([
      [
        'Tháng',
        'Số lần chuyển bước',
        'Số lần chuyển trễ',
        'Tỷ lệ chuyển trễ (%)',
        'Thời gian trung bình (phút làm việc)',
      ],
      ['2026-01', 8, 2, 25, 95.5],
      ['2026-02', 0, 0, null, null],
    ]);
  });

  it('says the period, and where the figures stop while it runs', () => {
    const h = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-06T10:15:00+07:00' };
    expect(improvementPeriodLine({ ...h, running: false })).toBe(
      'Kỳ: từ ngày 01/01/2026 đến hết ngày 31/12/2026',
    );
    expect(improvementPeriodLine({ ...h, running: true })).toBe(
      'Kỳ: từ ngày 01/01/2026 đến hết ngày 31/12/2026; số liệu tính đến 10:15 ngày 06/12/2026',
    );
  });

  it('writes a workbook that reads back', async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await improvementXlsx('XU HƯỚNG', 'Kỳ: …', TREND_COLUMNS, points);
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('XU HƯỚNG');
    expect(sheet.getRow(5).values).toEqual([undefined, '2026-01', 8, 2, 25, 95.5]);
  });
});
