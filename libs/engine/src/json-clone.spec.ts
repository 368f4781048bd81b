import { cloneJson } from './json-clone';

describe('cloneJson', () => {
  it('copies plain JSON deeply: equal to the original, sharing no object or array with it', () => {
    const original = {
      value: { sign: 'active' },
      context: { visited: ['a', 'b'], n: 0, ok: false, none: null },
    };
    const copy = cloneJson(original);
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.value).not.toBe(original.value);
    expect(copy.context.visited).not.toBe(original.context.visited);
    copy.context.visited.push('c');
    expect(original.context.visited).toEqual(['a', 'b']);
  });

  it('returns primitives as they are', () => {
    expect(cloneJson('done')).toBe('done');
    expect(cloneJson(3)).toBe(3);
    expect(cloneJson(null)).toBeNull();
  });

  it('keeps a __proto__ key parsed from JSON as a key, not as the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = cloneJson(parsed);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(parsed));
  });
});
