import { DossierErrorCode } from '../dossier.exception';
import { checkCollector } from './result-collector.rules';

const dossier = {
  code: 'X-261123-0001',
  applicant: { fullName: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678', address: 'Hà Nội' },
};

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return undefined;
};

describe('checkCollector', () => {
  it('records the applicant with their own identity number and name', () => {
    expect(checkCollector(dossier, { kind: 'applicant', idNumber: ' 001090012345 ' })).toEqual({
      kind: 'applicant',
      fullName: 'Nguyễn Văn An',
      idType: 'cccd',
      idNumber: '001090012345',
      authorization: null,
      postalReference: null,
    });
  });

  it("refuses an applicant whose identity number is not the dossier's", () => {
    expect(codeOf(() => checkCollector(dossier, { kind: 'applicant', idNumber: '001090099999' }))).toBe(
      DossierErrorCode.CollectorNotApplicant,
    );
  });

  it('records an authorized person with name, identity document and the authorization paper', () => {
    const collector = checkCollector(dossier, {
      kind: 'authorized',
      fullName: 'Trần Thị Bình',
      idType: 'other',
      idNumber: 'c1234567',
      authorization: 'Giấy ủy quyền số 12/2026',
    });
    expect(collector).toMatchObject({ kind: 'authorized', fullName: 'Trần Thị Bình', idNumber: 'C1234567' });
    for (const missing of ['fullName', 'authorization', 'idNumber'] as const) {
      const input = {
        kind: 'authorized' as const,
        fullName: 'B',
        idNumber: '001090099999',
        authorization: 'GUQ 1',
      };
      expect(codeOf(() => checkCollector(dossier, { ...input, [missing]: ' ' }))).toBe(
        DossierErrorCode.InvalidCollector,
      );
    }
  });

  it('checks the shape of the identity number: 12 digits for a CCCD', () => {
    for (const idNumber of ['00109001234', '0010900123456', '00109001234A']) {
      expect(
        codeOf(() =>
          checkCollector(dossier, { kind: 'authorized', fullName: 'B', idNumber, authorization: 'GUQ' }),
        ),
      ).toBe(DossierErrorCode.InvalidCollector);
    }
    expect(
      codeOf(() =>
        checkCollector(dossier, {
          kind: 'authorized',
          fullName: 'B',
          idType: 'other',
          idNumber: 'A1',
          authorization: 'GUQ',
        }),
      ),
    ).toBe(DossierErrorCode.InvalidCollector);
  });

  it('records a result sent by post by its postal item number', () => {
    expect(checkCollector(dossier, { kind: 'post', postalReference: 'EV123456789VN' })).toMatchObject({
      kind: 'post',
      postalReference: 'EV123456789VN',
      idNumber: null,
    });
    expect(codeOf(() => checkCollector(dossier, { kind: 'post' }))).toBe(DossierErrorCode.InvalidCollector);
  });

  it('asks who collects when nobody is given', () => {
    expect(codeOf(() => checkCollector(dossier, undefined))).toBe(DossierErrorCode.CollectorRequired);
  });
});
