import { loadCatalog } from '@motcua/catalog';
import { resultDocument } from './result-template.rules';

const { catalog } = loadCatalog('workflows');
const definition = catalog!.procedures.find((p) => p.definition.code === '2.000908')!.definition;
const dossier = {
  code: '000.00.00.H01-261123-0001',
  applicantName: 'Nguyễn Thị Hồng Nhung',
  receivingUnit: 'mot-cua-xa',
  receivedAt: new Date('2026-11-23T01:00:00Z'),
};
const input = {
  number: '15/BS-UBND',
  documentDate: '2026-11-23',
  signerName: 'Trần Văn Bình',
  signerTitle: 'Chủ tịch',
  decision: 'Cấp bản sao',
};

describe('resultDocument', () => {
  it('is issued in the name of the competent agency, dated in words, with the procedure and applicant', () => {
    const doc = resultDocument({ ...input, kind: 'result' }, dossier, definition, catalog!.org);
    expect(doc.issuer).toMatch(/Ủy ban nhân dân xã Gia Phú|UBND xã Gia Phú/);
    expect(doc.placeAndDate).toBe(`${doc.issuer}, ngày 23 tháng 11 năm 2026`);
    expect(doc.fields).toEqual([
      ['Thủ tục', `${definition.name} (mã 2.000908)`],
      ['Mã hồ sơ', dossier.code],
      ['Người nộp hồ sơ', 'Nguyễn Thị Hồng Nhung'],
    ]);
    expect(doc).toMatchObject({ title: 'Kết quả giải quyết thủ tục hành chính', decision: 'Cấp bản sao' });
  });

  it('titles a refusal as such and prints its reasons', () => {
    const doc = resultDocument(
      { ...input, kind: 'refusal', decision: 'Sổ gốc không còn' },
      dossier,
      definition,
      catalog!.org,
    );
    expect(doc).toMatchObject({
      title: 'Văn bản từ chối giải quyết hồ sơ',
      decision: 'Lý do từ chối: Sổ gốc không còn',
    });
  });
});
