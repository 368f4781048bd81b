import { spawnSync } from 'node:child_process';
import { run } from '../main';
import { mappingOf } from './procedures-migrate.command';

describe('procedures:migrate arguments', () => {
  it('reads old=new pairs into a step mapping', () => {
    expect(mappingOf(['sign=approve', 'check=appraise'])).toEqual({ sign: 'approve', check: 'appraise' });
    expect(() => mappingOf(['sign'])).toThrow("--map: expected old=new, got 'sign'");
    expect(() => mappingOf(['a=b=c'])).toThrow("--map: expected old=new, got 'a=b=c'");
  });

  it('answers a missing code, revision or administrator with a usage message and status 2', async () => {
    const errors: string[] = [];
    const io = { out: () => undefined, err: (line: string) => errors.push(line), workflowsDir: 'workflows' };
    expect(await run(['procedures:migrate', '--from', '1', '--to', '2', '--as', 'quantri'], io)).toBe(2);
    expect(
      await run(['procedures:migrate', '2.000908', '--from', 'x', '--to', '2', '--as', 'quantri'], io),
    ).toBe(2);
    expect(await run(['procedures:migrate', '2.000908', '--from', '1', '--to', '2'], io)).toBe(2);
    expect(errors).toEqual([
      'procedures:migrate: procedures:migrate needs exactly one <code>',
      'procedures:migrate: --from: expected a revision number >= 1',
      'procedures:migrate: procedures:migrate needs --as <username> of an administrator',
    ]);
  });

  it('leaves the other commands free of the environment it reads (no database settings needed to check files)', () => {
    const check = spawnSync('node', ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'workflows:check'], {
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(check.stderr).not.toContain('DATABASE_URL');
    expect(check.status).toBe(0);
  });
});
