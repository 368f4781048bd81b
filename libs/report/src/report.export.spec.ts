import ExcelJS from 'exceljs';
import type { HandlingCounts, HandlingReport } from './report.dto';
import { handlingCaption, handlingCsv, handlingFileName, handlingXlsx } from './report.export';

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
};

describe('handling report export', () => {
  it('writes CSV with a byte-order mark and quotes cells holding commas or quotes', () => {
    const lines = handlingCsv(report).split('\r\n');
    expect(lines[0].startsWith('\uFEFFSTT,Thủ tục hành chính,Tên,')).toBe(true);
    expect(lines[1]).toBe('1,2.000815,"Chứng thực bản sao, ""bản chính""",1,1,0,0,0,0,0,0,0,1,1,0');
    expect(lines[2]).toBe(',Tổng cộng,,1,1,0,0,0,0,0,0,0,1,1,0');
  });

  it('writes an XLSX workbook that reads back', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await handlingXlsx(report)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('06-VPCP-KSTT')!;
    expect(sheet.getCell('C3').value).toBe('Chứng thực bản sao, "bản chính"');
    expect(sheet.getCell('B4').value).toBe('Tổng cộng');
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
});
