import { jsonDepth, refuseJsonBody } from './json-body.rules';

describe('jsonDepth', () => {
  it('counts the nesting of arrays and objects, not brackets inside strings', () => {
    expect(jsonDepth(Buffer.from('1'))).toBe(0);
    expect(jsonDepth(Buffer.from('{"a":[{"b":1}],"c":{}}'))).toBe(3);
    expect(jsonDepth(Buffer.from('{"a":"[[[[{{{{","b":"\\"[["}'))).toBe(1);
  });

  it('stops counting past the limit', () => {
    expect(jsonDepth(Buffer.from('['.repeat(10_000)), 33)).toBe(34);
  });
});

describe('refuseJsonBody', () => {
  it('lets ordinary bodies through, Vietnamese text included', () => {
    expect(
      refuseJsonBody(Buffer.from('{"fullName":"Nguyễn Văn An","documents":[{"name":"Tờ khai"}]}')),
    ).toBeNull();
    expect(refuseJsonBody(Buffer.from(`${'['.repeat(32)}${']'.repeat(32)}`))).toBeNull();
  });

  it('refuses a 10,000-deep array and bytes that are not UTF-8', () => {
    expect(refuseJsonBody(Buffer.from('['.repeat(10_000) + ']'.repeat(10_000)))?.type).toBe(
      'entity.too.deep',
    );
    expect(refuseJsonBody(Buffer.from(`${'['.repeat(33)}${']'.repeat(33)}`))?.type).toBe('entity.too.deep');
    const latin1 = Buffer.concat([
      Buffer.from('{"fullName":"Nguy'),
      Buffer.from([0xea, 0x6e]),
      Buffer.from('"}'),
    ]);
    expect(refuseJsonBody(latin1)?.type).toBe('entity.invalid.utf8');
    expect(refuseJsonBody(Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]))?.type).toBe('entity.invalid.utf8');
  });
});
