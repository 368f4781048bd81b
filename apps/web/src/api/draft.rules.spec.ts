import { draftFields, keptDraft, parseDraft } from './draft.rules';

const field = (id: string, value: string, type = 'text', checked?: boolean) => ({
  id,
  name: '',
  type,
  value,
  checked,
});

describe('draftFields', () => {
  it('keeps what the user typed, by id, and ticked boxes', () => {
    expect(
      draftFields([
        field('applicant-name', 'Nguyễn Văn An'),
        field('note', '  '),
        field('doc-1', 'on', 'checkbox', true),
        field('doc-2', 'on', 'checkbox', false),
        { id: '', name: 'channel', type: 'radio', value: 'online', checked: true },
      ]),
    ).toEqual([
      { key: 'applicant-name', value: 'Nguyễn Văn An' },
      { key: 'doc-1', value: 'on', checked: true },
      { key: 'channel=online', value: 'online', checked: true },
    ]);
  });

  it('never keeps a password, a file, a hidden field or a field without a name', () => {
    expect(
      draftFields([
        field('password', 'bí mật', 'password'),
        field('upload', 'C:\\fakepath\\a.pdf', 'file'),
        field('csrf', 'x', 'hidden'),
        field('', 'no key'),
      ]),
    ).toEqual([]);
  });
});

describe('parseDraft', () => {
  it('reads back a stored draft and refuses anything else', () => {
    const draft = { username: 'letan.xa', path: '/tiep-nhan', fields: [{ key: 'a', value: 'b' }] };
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft(JSON.stringify({ path: 1 }))).toBeNull();
    expect(parseDraft(JSON.stringify({ path: '/ho-so', fields: [] }))).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });
});

describe('keptDraft', () => {
  const typed = {
    username: 'letan.xa',
    path: '/tiep-nhan',
    fields: [{ key: 'applicant-name', value: 'Lan' }],
  };
  const empty = { username: 'letan.xa', path: '/tiep-nhan', fields: [] };

  it('keeps what was typed when the page is refused again before it was put back', () => {
    expect(keptDraft(typed, empty)).toBe(typed);
  });

  it('takes the new draft when it holds something, or when the earlier one is another user’s', () => {
    const newer = { ...typed, fields: [{ key: 'applicant-name', value: 'Hoa' }] };
    expect(keptDraft(typed, newer)).toBe(newer);
    expect(keptDraft({ ...typed, username: 'tuphap.xa1' }, empty)).toBe(empty);
    expect(keptDraft(null, empty)).toBe(empty);
  });
});
