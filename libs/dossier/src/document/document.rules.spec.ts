import { appraiser, definition, errorOf, movedBy, reception, running, user } from '../command/__fixtures__/plans';
import {
  attachmentKind,
  checkCheck,
  checkUpload,
  cleanFileName,
  componentsOf,
  digitisedComponents,
} from './document.rules';
import type { DossierDocument, IncomingFile } from './document.types';

const limits = { maxFileBytes: 1000, maxDossierBytes: 2500, maxFiles: 3 };
const pdf = (size = 100, name = 'to-khai.pdf'): IncomingFile => ({
  originalName: name,
  sniffedType: 'application/pdf',
  size,
  sha256: 'a'.repeat(64),
});
const component = definition.documents[0].name;
const components = definition.documents.map((d) => d.name);
const document = (overrides: Partial<DossierDocument> = {}): DossierDocument => ({
  id: 'd1',
  dossierId: 'x',
  component,
  kind: 'desk',
  fileName: 'a.pdf',
  mimeType: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
  fileKey: 'aa/aaa',
  step: 'receive',
  attachedBy: null,
  attachedByUsername: 'letan',
  attachedAt: new Date(0),
  checkedAt: null,
  checkedByUsername: null,
  ...overrides,
});

describe('cleanFileName', () => {
  it('keeps a Vietnamese name in NFC and drops the path and characters file systems refuse', () => {
    expect(cleanFileName('C:\\scan\\To khai cu\u0309a o\u0302ng A?.pdf', 'application/pdf')).toBe(
      'To khai của ông A.pdf',
    );
    expect(cleanFileName('../../etc/passwd\u0000', 'application/pdf')).toBe('passwd');
  });

  it('names an empty name after the sniffed type, and shortens a long one keeping its extension', () => {
    expect(cleanFileName('..', 'image/png')).toBe('tep.png');
    const long = cleanFileName(`${'x'.repeat(300)}.jpeg`, 'image/jpeg');
    expect(long).toHaveLength(180);
    expect(long.endsWith('.jpeg')).toBe(true);
  });
});

describe('checkUpload', () => {
  it('accepts PDF, JPEG and PNG within the limits', () => {
    expect(() =>
      checkUpload(
        [pdf(), { ...pdf(), sniffedType: 'image/png' }, { ...pdf(), sniffedType: 'image/jpeg' }],
        0,
        limits,
      ),
    ).not.toThrow();
  });

  it('refuses no file, too many, an unknown or other type, a file or a dossier over its limit', () => {
    expect(errorOf(() => checkUpload([], 0, limits))).toBe('NO_FILES');
    expect(errorOf(() => checkUpload([pdf(), pdf(), pdf(), pdf()], 0, limits))).toBe('TOO_MANY_FILES');
    expect(errorOf(() => checkUpload([{ ...pdf(), sniffedType: undefined }], 0, limits))).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    expect(errorOf(() => checkUpload([{ ...pdf(), sniffedType: 'application/zip' }], 0, limits))).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    expect(errorOf(() => checkUpload([pdf(1001)], 0, limits))).toBe('FILE_TOO_LARGE');
    expect(errorOf(() => checkUpload([pdf(1000), pdf(1000)], 501, limits))).toBe('DOSSIER_FILES_TOO_LARGE');
    expect(() => checkUpload([pdf(1000), pdf(1000)], 500, limits)).not.toThrow();
  });
});

describe('attachmentKind', () => {
  it('gives reception of the receiving unit a desk scan of a known component, whatever the step', () => {
    expect(attachmentKind(reception, movedBy(['forward']), component, components)).toBe('desk');
  });

  it('refuses a desk scan by another unit or role, of an unknown component, or on an ended dossier', () => {
    const elsewhere = user('letan2', 'mot-cua-tinh', 'reception');
    expect(errorOf(() => attachmentKind(elsewhere, running(), component, components))).toBe(
      'NOT_AT_RECEPTION_DESK',
    );
    expect(errorOf(() => attachmentKind(appraiser, running(), component, components))).toBe(
      'NOT_AT_RECEPTION_DESK',
    );
    expect(errorOf(() => attachmentKind(reception, running(), 'Giấy khác', components))).toBe(
      'UNKNOWN_COMPONENT',
    );
    expect(
      errorOf(() => attachmentKind(reception, running({ finishedAt: new Date() }), component, components)),
    ).toBe('DOSSIER_CLOSED');
  });

  it('gives the step holder a working document, and refuses it to anyone else', () => {
    const appraising = movedBy(['forward']);
    expect(attachmentKind(appraiser, appraising, null, components)).toBe('working');
    expect(errorOf(() => attachmentKind(reception, appraising, null, components))).toBe('NOT_STEP_HOLDER');
    const assigned = movedBy(['forward'], { assigneeId: 'someone-else' });
    expect(errorOf(() => attachmentKind(appraiser, assigned, null, components))).toBe('NOT_STEP_HOLDER');
  });
});

describe('checkCheck', () => {
  it('lets reception of the receiving unit check a component file, not a working document', () => {
    expect(() => checkCheck(reception, running(), document())).not.toThrow();
    expect(
      errorOf(() => checkCheck(reception, running(), document({ component: null, kind: 'working' }))),
    ).toBe('NOT_A_COMPONENT_FILE');
    expect(errorOf(() => checkCheck(appraiser, running(), document()))).toBe('NOT_AT_RECEPTION_DESK');
  });
});

describe('digitisation', () => {
  it('counts a component digitised once a file of it is checked', () => {
    const both = [component, components[1]];
    expect(digitisedComponents(both, [document()])).toEqual([]);
    expect(digitisedComponents(both, [document({ checkedAt: new Date() })])).toEqual([component]);
    expect(
      digitisedComponents(both, [
        document({ checkedAt: new Date() }),
        document({ component: components[1], checkedAt: new Date() }),
      ]),
    ).toEqual(both);
  });

  it('takes the components from the documents handed in, once each', () => {
    expect(
      componentsOf({
        documents: [
          { name: 'A', originals: 1, copies: 0 },
          { name: 'A', originals: 0, copies: 1 },
        ],
      }),
    ).toEqual(['A']);
  });
});
