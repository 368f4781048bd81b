import { isBase64Content } from './is-base64.decorator';

describe('isBase64Content', () => {
  it.each(['', 'QQ==', 'QUI=', 'QUJD', 'a+/9', Buffer.alloc(4 * 1024 * 1024, 7).toString('base64')])(
    'takes padded base64 (%#)',
    (value) => expect(isBase64Content(value)).toBe(true),
  );

  it.each(['QQ', 'QQ=', 'Q===', 'QU=I', 'QUJ-', 'QUJ_', 'QUJD\n', 'é==='])('refuses %j', (value) =>
    expect(isBase64Content(value)).toBe(false),
  );

  it('refuses what is not a string', () => expect(isBase64Content(42)).toBe(false));
});
