import { run } from '../main';
import { passwordFromInput } from './users-set-password.command';

describe('users:set-password', () => {
  it('takes the piped line without its line ending, keeping inner and leading spaces', () => {
    expect(passwordFromInput('đèo Ô Quy Hồ\n')).toBe('đèo Ô Quy Hồ');
    expect(passwordFromInput(' hai  dấu cách \r\n')).toBe(' hai  dấu cách ');
    expect(passwordFromInput('no newline')).toBe('no newline');
  });

  it('needs exactly one username, and a password piped in rather than typed at a terminal', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (l: string) => err.push(l), workflowsDir: 'workflows' };
    expect(await run(['users:set-password'], { ...io, readStdin: () => Promise.resolve('x') })).toBe(2);
    expect(
      await run(['users:set-password', 'quantri'], { ...io, readStdin: () => Promise.resolve(null) }),
    ).toBe(2);
    expect(err).toEqual([
      'users:set-password: users:set-password needs exactly one <username>',
      expect.stringMatching(/^users:set-password: standard input is a terminal; pipe the password in/),
    ]);
  });
});
