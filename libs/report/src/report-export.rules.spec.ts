import ExcelJS from 'exceljs';
import type { HandlingCounts, HandlingReport } from './period-query.dto';
import {
  HEADER_ROW,
  handlingCaption,
  handlingCsv,
  handlingFileName,
  handlingPeriodLine,
  handlingXlsx,
} from './report-export.rules';

const zero: HandlingCounts = {
  total: 1,
  receivedOnline: 1,
  receivedOffline: 0,
  carriedOver: 0,
  resolved: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  closedOther: 0,
  pending: 1,
  pendingWithinDeadline: 1,
  pendingOverdue: 0,
};
const report: HandlingReport = {
  from: '2026-10-01T00:00:00+07:00',
  to: '2026-11-01T00:00:00+07:00',
  asOf: '2026-11-01T00:00:00+07:00',
  groupBy: 'procedure',
  rows: [{ key: '2.000815', label: 'Chứng thực bản sao, "bản chính"', ...zero }],
  total: zero,
  apologies: { issued: 0, late: 0 },
  readFrom: { server: 'primary', lagSeconds: 0, fallback: null, note: null },
};

describe('handling report export', () => {
  it('writes CSV with a byte-order mark and quotes cells holding commas or quotes', () => {
    const lines = handlingCsv(report).split('\r\n');
    expect(lines[0].startsWith('\uFEFFSTT,Thủ tục hành chính,Tên,')).toBe(true);
    expect(lines[1]).toBe('1,2.000815,"Chứng thực bản sao, ""bản chính""",1,1,0,0,0,0,0,0,0,1,1,0');
    expect(lines[2]).toBe(',Tổng cộng,,1,1,0,0,0,0,0,0,0,1,1,0');
  });

  const agency = {
    parent: 'Ủy ban nhân dân xã Gia Phú',
    name: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
  };
  const sheetOf = async (r: HandlingReport): Promise<ExcelJS.Worksheet> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await handlingXlsx(r, agency)) as unknown as ExcelJS.Buffer);
    return workbook.getWorksheet('06-VPCP-KSTT')!;
  };
  const row = (sheet: ExcelJS.Worksheet, n: number): unknown[] =>
    (sheet.getRow(n).values as unknown[]).slice(1);

  it('writes an XLSX workbook headed by the agency, the national header and the period in words', async () => {
    const sheet = await sheetOf(report);
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ GIA PHÚ');
    expect(sheet.getCell('A2').value).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ GIA PHÚ');
    expect(row(sheet, 1)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(row(sheet, 2)).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(sheet.getCell('A5').value).toBe('Kỳ báo cáo: từ ngày 01/10/2026 đến hết ngày 31/10/2026');
    expect(row(sheet, HEADER_ROW).slice(0, 3)).toEqual(['STT', 'Thủ tục hành chính', 'Tên']);
    expect(row(sheet, HEADER_ROW + 1).slice(0, 3)).toEqual([
      1,
      '2.000815',
      'Chứng thực bản sao, "bản chính"',
    ]);
    expect(sheet.getCell(HEADER_ROW + 2, 2).value).toBe('Tổng cộng');
    expect(JSON.stringify(row(sheet, 5))).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('gives a field one column, not its name twice', async () => {
    const byField = {
      ...report,
      groupBy: 'field' as const,
      rows: [{ ...report.rows[0], key: 'Chứng thực', label: 'Chứng thực' }],
    };
    const sheet = await sheetOf(byField);
    expect(row(sheet, HEADER_ROW).slice(0, 3)).toEqual(['STT', 'Lĩnh vực', 'Tổng số hồ sơ nhận giải quyết']);
    expect(row(sheet, HEADER_ROW + 1)).toEqual([1, 'Chứng thực', 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(handlingCsv(byField).split('\r\n')[1]).toBe('1,Chứng thực,1,1,0,0,0,0,0,0,0,1,1,0');
  });

  it('writes a running period and a period not ending at midnight in words', () => {
    expect(handlingPeriodLine({ ...report, asOf: '2026-10-07T10:05:00+07:00' })).toBe(
      'Kỳ báo cáo: từ ngày 01/10/2026 đến hết ngày 31/10/2026; số liệu tính đến 10:05 ngày 07/10/2026',
    );
    expect(
      handlingPeriodLine({
        from: '2026-12-31T08:00:00+07:00',
        to: '2027-01-01T12:30:00+07:00',
        asOf: '2027-01-01T12:30:00+07:00',
      }),
    ).toBe('Kỳ báo cáo: từ 08:00 ngày 31/12/2026 đến trước 12:30 ngày 01/01/2027');
    expect(
      handlingPeriodLine({
        from: '2026-02-01T00:00:00+07:00',
        to: '2026-03-01T00:00:00+07:00',
        asOf: '2026-03-01T00:00:00+07:00',
      }),
    ).toBe('Kỳ báo cáo: từ ngày 01/02/2026 đến hết ngày 28/02/2026');
  });

  it('captions a finished period by its bounds only', () => {
    expect(handlingCaption(report)).toBe(
      'Tình hình giải quyết hồ sơ TTHC từ 2026-10-01T00:00:00+07:00 đến trước 2026-11-01T00:00:00+07:00',
    );
    expect(handlingFileName(report)).toBe('06-VPCP-KSTT_procedure_2026-10-01_2026-11-01');
  });

  it('says where the figures of a running period stop, in the caption and the file name', () => {
    const running = { ...report, asOf: '2026-10-07T10:00:00+07:00' };
    expect(handlingCaption(running)).toMatch(/; số liệu tính đến 2026-10-07T10:00:00\+07:00$/);
    expect(handlingFileName(running)).toBe(
      '06-VPCP-KSTT_procedure_2026-10-01_2026-11-01_tinh-den-2026-10-07T1000',
    );
  });

  it('adds a replica’s lag to the line where the figures stop, and nothing for current figures', async () => {
    const running = { ...report, asOf: '2026-10-07T09:58:55+07:00' };
    const replica = { server: 'replica' as const, fallback: null, note: null };
    const lagging = { ...running, readFrom: { ...replica, lagSeconds: 125 } };
    expect(handlingPeriodLine(lagging)).toBe(
      'Kỳ báo cáo: từ ngày 01/10/2026 đến hết ngày 31/10/2026; số liệu tính đến 09:58 ngày 07/10/2026 (bản sao dữ liệu chậm 2 phút 5 giây)',
    );
    expect(handlingCaption(lagging)).toMatch(
      /tính đến 2026-10-07T09:58:55\+07:00 \(bản sao dữ liệu chậm 2 phút 5 giây\)$/,
    );
    expect((await sheetOf(lagging)).getCell('A5').value).toBe(handlingPeriodLine(lagging));
    // Caught up, or read on the primary after a fallback: the figures are current and the line says no more.
    expect(handlingPeriodLine({ ...running, readFrom: { ...replica, lagSeconds: 0 } })).toMatch(
      /07\/10\/2026$/,
    );
    expect(
      handlingPeriodLine({
        ...running,
        readFrom: { server: 'primary', lagSeconds: 0, fallback: 'replica_unavailable', note: 'x' },
      }),
    ).toMatch(/07\/10\/2026$/);
  });
});
