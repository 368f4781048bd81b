import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's score (0–4); 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblemCode = 'TOO_SHORT' | 'TOO_LONG' | 'CONTAINS_USERNAME' | 'TOO_GUESSABLE';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

export interface PasswordOwner {
  username: string;
  fullName?: string;
}

// Words anyone would try first against this system: its own name, in both spellings.
const SYSTEM_WORDS = ['motcua', 'một cửa', 'mot cua', 'motcuadientu', 'dichvucong', 'quantri', 'admin'];

let factory: ZxcvbnFactory | undefined;
// Loaded at the first check, not at import: the dictionaries take a third of a second to load, which every process
// importing this library (the worker too) would otherwise pay at start.
function zxcvbn(): ZxcvbnFactory {
  if (!factory) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    /* eslint-enable @typescript-eslint/no-require-imports */
    factory = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary },
      graphs: common.adjacencyGraphs,
    });
  }
  return factory;
}

const stripMarks = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** What zxcvbn should treat as known about this user: username, its parts, and the words of their name. */
function userInputs(owner: PasswordOwner): string[] {
  const parts = owner.username.split(/[._-]+/).filter((p) => p.length >= 3);
  const fullName = (owner.fullName ?? '').toLowerCase();
  const names = fullName.split(/\s+/).filter((w) => w.length >= 2);
  const wholes = fullName ? [fullName, fullName.replace(/\s+/g, '')] : [];
  const known = [owner.username, ...parts, ...wholes, ...names, ...SYSTEM_WORDS];
  return [...new Set([...known, ...known.map(stripMarks)])];
}

/**
 * What is wrong with `password` for `owner` (empty: acceptable). At least 10 characters (NIST SP 800-63B asks
 * for 8 at least; 10 leaves a margin for a system holding a province's personal data), at most 256; never
 * the username, with or without its dots; and not guessable: common passwords, keyboard walks, dates, the
 * user's own name and the system's name all score low in zxcvbn.
 */
export function passwordProblems(password: string, owner: PasswordOwner): PasswordProblem[] {
  const text = password.normalize('NFC');
  const length = [...text].length;
  if (length < PASSWORD_MIN_LENGTH)
    return [{ code: 'TOO_SHORT', message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` }];
  if (length > PASSWORD_MAX_LENGTH)
    return [{ code: 'TOO_LONG', message: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.` }];
  const problems: PasswordProblem[] = [];
  const folded = stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const username = owner.username.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (username.length > 0 && folded.includes(username))
    problems.push({ code: 'CONTAINS_USERNAME', message: 'Mật khẩu không được chứa tên đăng nhập.' });
  if (zxcvbn().check(text, userInputs(owner)).score < PASSWORD_MIN_SCORE)
    problems.push({
      code: 'TOO_GUESSABLE',
      message:
        'Mật khẩu quá dễ đoán (mật khẩu phổ biến, dãy phím, ngày tháng hoặc tên riêng). ' +
        'Hãy dùng một cụm vài từ không liên quan đến nhau.',
    });
  return problems;
}
