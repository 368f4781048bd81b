import { contentDisposition, groupDocuments } from './document-list.rules';
import type { DossierDocument } from './document.types';

const file = (id: string, component: string | null, checked = false): DossierDocument => ({
  id,
  dossierId: 'd',
  component,
  kind: component === null ? 'working' : 'desk',
  fileName: `${id}.pdf`,
  mimeType: 'application/pdf',
  size: 1,
  sha256: 'a'.repeat(64),
  fileKey: null,
  step: 'receive',
  attachedBy: null,
  attachedByUsername: 'letan',
  attachedAt: new Date(0),
  checkedAt: checked ? new Date(0) : null,
  checkedByUsername: null,
});
const procedure = [
  { name: 'Tờ khai', required: true },
  { name: 'Giấy ủy quyền', required: false },
];

describe('groupDocuments', () => {
  it("lists the procedure's components in order with their files, and the working documents apart", () => {
    const grouped = groupDocuments(procedure, ['Tờ khai'], [file('a', 'Tờ khai'), file('w', null)]);
    expect(grouped.components.map((c) => [c.name, c.required, c.handed, c.files.map((f) => f.id)])).toEqual([
      ['Tờ khai', true, true, ['a']],
      ['Giấy ủy quyền', false, false, []],
    ]);
    expect(grouped.working.map((f) => f.id)).toEqual(['w']);
  });

  it('is digitised once every component handed in has a checked file; an unhanded one does not count', () => {
    expect(groupDocuments(procedure, ['Tờ khai'], [file('a', 'Tờ khai')]).digitised).toBe(false);
    expect(groupDocuments(procedure, ['Tờ khai'], [file('a', 'Tờ khai', true)]).digitised).toBe(true);
    expect(
      groupDocuments(procedure, ['Tờ khai', 'Giấy ủy quyền'], [file('a', 'Tờ khai', true)]).digitised,
    ).toBe(false);
    expect(groupDocuments(procedure, [], []).digitised).toBe(false);
  });

  it('keeps a file of a component an older revision had, after the current ones', () => {
    const grouped = groupDocuments(procedure, ['Tờ khai'], [file('old', 'Bản khai cũ', true)]);
    expect(grouped.components.map((c) => [c.name, c.required, c.digitised])).toEqual([
      ['Tờ khai', true, false],
      ['Giấy ủy quyền', false, false],
      ['Bản khai cũ', false, true],
    ]);
  });
});

describe('contentDisposition', () => {
  it('sends the UTF-8 name (RFC 5987) with an ASCII fallback that a quote or a percent cannot break', () => {
    expect(contentDisposition('inline', 'Đơn của bà Lê "Hoa" 100%.pdf')).toBe(
      `inline; filename="Don cua ba Le _Hoa_ 100_.pdf"; filename*=UTF-8''` +
        `%C4%90%C6%A1n%20c%E1%BB%A7a%20b%C3%A0%20L%C3%AA%20%22Hoa%22%20100%25.pdf`,
    );
    expect(contentDisposition('attachment', "it's (1).png")).toBe(
      `attachment; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`,
    );
  });
});
