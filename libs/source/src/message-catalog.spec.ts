import { LANGS, messagesFor, RULE_KEYS } from './message-catalog';
import { en } from './messages-en';
import { vi } from './messages-vi';

const sample: Record<string, unknown[]> = {
  step: [{ n: 2, id: 'appraise' }],
  span: [3, 'working_day'],
  schema: ['version', 'type', { type: 'integer' }, 'must be integer'],
  known: [['feesPaid']],
  ownerRoleNotStaffed: [{ n: 3, id: 'sign' }, 'head', 'ubnd-xa', ['leader'], ''],
  userRoleNotStaffed: ['a', 'head', 'u', ['leader'], ''],
  durationUnit: [{ n: 1, id: 'receive' }, 'day', 'working_day'],
  deadlineNotWhole: ['1.5 months', 'month'],
  durationNotWhole: [{ n: 1, id: 'receive' }, '1.5 days', 'day'],
  feeThousands: [0, '200.000', 200, 200000],
  extensionFamily: [{ n: 3, id: 'verify' }, '1 day', '10 working days', ['working_hour', 'working_day']],
  pathExtended: ['5 working days'],
};
const argsOf = (key: string, arity: number): unknown[] =>
  sample[key] ?? Array.from({ length: arity }, (_, i) => (i === 0 ? { n: 1, id: 'x' } : `p${i}`));

describe('the message catalog', () => {
  it('has every message in both languages, and no message only one of them has', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(vi.rules).sort()).toEqual([...RULE_KEYS].sort());
    expect(Object.keys(en.rules).sort()).toEqual([...RULE_KEYS].sort());
    for (const lang of LANGS) expect(messagesFor(lang)).toBe(lang === 'vi' ? vi : en);
    expect(messagesFor()).toBe(vi);
  });

  it('says every message differently in Vietnamese and in English', () => {
    const same: string[] = [];
    for (const [key, build] of Object.entries(en)) {
      if (typeof build !== 'function') continue;
      const fn = build as (...args: unknown[]) => string;
      const args = argsOf(key, fn.length);
      const english = fn(...args);
      const vietnamese = (vi[key as keyof typeof vi] as (...a: unknown[]) => string)(...args);
      expect(english.length).toBeGreaterThan(0);
      expect(vietnamese.length).toBeGreaterThan(0);
      if (english === vietnamese) same.push(key);
    }
    // `rule` only joins a place and a rule that are themselves translated.
    expect(same).toEqual(['rule']);
    for (const key of RULE_KEYS) expect(vi.rules[key]).not.toBe(en.rules[key]);
  });

  it('names a step by its number in the ISO table, from 1, with its id', () => {
    expect(vi.step({ n: 2, id: 'appraise' })).toBe('bước 2 (appraise)');
    expect(en.step({ n: 2, id: 'appraise' })).toBe('step 2 (appraise)');
    expect(vi.step({ n: 4, id: '' })).toBe('bước 4');
  });
});
