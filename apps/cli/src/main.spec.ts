import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './main';

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = run(argv, { out: (l) => out.push(l), err: (l) => err.push(l), workflowsDir: 'workflows' });
  return { status, out, err };
}

describe('motcua command line', () => {
  it('workflows:check passes on the shipped files, in Vietnamese unless --lang en', () => {
    const { status, out } = cli('workflows:check');
    expect(status).toBe(0);
    expect(out.at(-1)).toMatch(/^\d+ thủ tục, \d+ đơn vị, \d+ người dùng: tất cả hợp lệ$/);
    expect(out).toContainEqual(expect.stringMatching(/^ok {2}2\.000908 v1 .*4 bước, 1 ngày làm việc\)$/));
    const english = cli('workflows:check', '--lang', 'en');
    expect(english.status).toBe(0);
    expect(english.out.at(-1)).toMatch(/^\d+ procedures, \d+ units, \d+ users: all valid$/);
    expect(english.out.some((l) => l.startsWith('ok  2.000908 v1'))).toBe(true);
    expect(cli('workflows:check', '--lang', 'fr').status).toBe(2);
  });

  it('workflows:check fails on a broken copy with every error as file:line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
    try {
      cpSync('workflows', dir, { recursive: true });
      const file = join(dir, 'procedures', '2.000908.yaml');
      const text = readFileSync(file, 'utf8')
        .replace('sign: release', 'sign: relese')
        .replace("code: '2.000908'", "code: '2.908'");
      writeFileSync(file, text);
      const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
      const vi = cli('workflows:check', '--dir', dir);
      expect(vi.status).toBe(1);
      expect(vi.err).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(`2\\.000908\\.yaml:${line("code: '2.908'")}: code: phải có dạng d\\.dddddd`),
          ),
          expect.stringContaining(
            `2.000908.yaml:${line('sign: relese')}: bước 3 (sign): thao tác 'sign' chuyển đến bước 'relese' không tồn tại (có phải ý bạn là 'release'?)`,
          ),
        ]),
      );
      expect(vi.err.at(-1)).toBe('2 lỗi');
      const { status, err } = cli('workflows:check', '--dir', dir, '--lang', 'en');
      expect(status).toBe(1);
      expect(err).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`2\\.000908\\.yaml:${line("code: '2.908'")}: .*code`)),
          expect.stringContaining(
            `2.000908.yaml:${line('sign: relese')}: step 3 (sign) action 'sign' targets unknown step 'relese' (did you mean 'release'?)`,
          ),
        ]),
      );
      expect(err.at(-1)).toMatch(/^\d+ errors?$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deadline answers one JSON line for a procedure across Tết 2026 with the 15:00 cut-off', () => {
    const { status, out } = cli(
      'deadline',
      '--received',
      '2026-02-13T15:30:00+07:00',
      '--procedure',
      '2.000908',
    );
    expect(status).toBe(0);
    expect(JSON.parse(out[0])).toEqual({
      receivedAt: '2026-02-13T15:30:00+07:00',
      clockStartsAt: '2026-02-23T07:30:00+07:00',
      dueAt: '2026-02-23T17:00:00+07:00',
    });
  });

  it('deadline counts by the version in effect when the dossier is received, not a newer one still pending', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
    try {
      cpSync('workflows', dir, { recursive: true });
      const v1 = readFileSync(join(dir, 'procedures', '2.000908.yaml'), 'utf8');
      // Version 2 takes effect on 1 Dec 2026 and allows 2 working days instead of 1.
      const v2 = v1
        .replace(/^version: 1$/m, "version: 2\neffectiveFrom: '2026-12-01T00:00:00+07:00'")
        .replace(/^deadline: .*$/m, 'deadline: { amount: 2, unit: working_day }')
        .replace(
          /duration: \{ amount: 3, unit: working_hour \}/,
          'duration: { amount: 11, unit: working_hour }',
        );
      writeFileSync(join(dir, 'procedures', '2.000908-v2.yaml'), v2);
      const dueOf = (received: string) =>
        JSON.parse(cli('deadline', '--received', received, '--procedure', '2.000908', '--dir', dir).out[0])
          .dueAt;
      // Received before 1 Dec: version 1's working day; from 1 Dec: version 2's two.
      expect(dueOf('2026-11-30T08:00:00+07:00')).toBe('2026-12-01T08:00:00+07:00');
      expect(dueOf('2026-12-01T08:00:00+07:00')).toBe('2026-12-03T08:00:00+07:00');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deadline takes an explicit amount, unit and cut-off', () => {
    const { out } = cli(
      'deadline',
      '--received',
      '2026-11-23T16:00+07:00',
      '--amount',
      '3',
      '--unit',
      'working_day',
      '--cutoff',
      '15:00',
    );
    // 24 Nov 2026 is Vietnamese Culture Day: the clock starts on the 25th.
    expect(JSON.parse(out[0])).toEqual({
      receivedAt: '2026-11-23T16:00:00+07:00',
      clockStartsAt: '2026-11-25T07:30:00+07:00',
      dueAt: '2026-11-27T17:00:00+07:00',
    });
    const calendarDays = cli(
      'deadline',
      '--received',
      '2026-04-20T09:00+07:00',
      '--amount',
      '6',
      '--unit',
      'day',
    );
    // Day 6 is Sun 26 Apr, then Mon 27 Apr is the compensatory day off: the period ends Tue 28 Apr at closing.
    expect(JSON.parse(calendarDays.out[0]).dueAt).toBe('2026-04-28T17:00:00+07:00');
  });

  it('deadline rejects bad arguments with a usage message and status 2', () => {
    expect(cli('deadline', '--received', 'yesterday', '--amount', '1', '--unit', 'day')).toMatchObject({
      status: 2,
      err: [expect.stringMatching(/^deadline: --received: /)],
    });
    expect(
      cli('deadline', '--received', '2026-01-05T08:00', '--amount', '1', '--unit', 'fortnight').err[0],
    ).toMatch(/--unit: expected one of/);
    expect(cli('deadline', '--received', '2026-01-05T08:00').err[0]).toMatch(/either --procedure/);
    expect(cli('deadline', '--received', '2026-01-05T08:00', '--procedure', '9.999999').err[0]).toMatch(
      /no procedure 9\.999999/,
    );
    expect(cli('nonsense').status).toBe(2);
  });

  it('workflows:diagram prints a Mermaid state diagram with every step', () => {
    const { status, out } = cli('workflows:diagram', '2.000908');
    expect(status).toBe(0);
    expect(out[0]).toMatch(/^stateDiagram-v2$/m);
    for (const step of ['receive', 'appraise', 'sign', 'release']) expect(out[0]).toContain(step);
    expect(cli('workflows:diagram', '1.234567')).toMatchObject({ status: 1 });
  });

  it('calendar lists the non-working weekdays of 2026', () => {
    const { status, out } = cli('calendar', '--year', '2026');
    expect(status).toBe(0);
    const dates = out.map((l) => l.slice(0, 10));
    expect(dates).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-16', '2026-04-27', '2026-11-24']));
    expect(dates).not.toContain('2026-02-14'); // a Saturday: weekends are not listed
    expect(cli('calendar', '--year', '1990').status).toBe(2);
  });
});
