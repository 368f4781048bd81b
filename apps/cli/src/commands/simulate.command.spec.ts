import { UsageError } from '../cli.types';
import { run } from '../main';
import { countsOf } from './simulate.command';

describe('simulate', () => {
  it('reads --staff and --assume pairs', () => {
    expect(countsOf('--staff', ['tu-phap-xa=1', 'vpdkdd=6'])).toEqual({ 'tu-phap-xa': 1, vpdkdd: 6 });
    expect(countsOf('--assume', ['check=90.5'])).toEqual({ check: 90.5 });
  });

  it.each([['tu-phap-xa'], ['tu-phap-xa=two'], ['a=1=2'], ['=3'], ['a=-1']])('refuses %s', (pair) => {
    expect(() => countsOf('--staff', [pair])).toThrow(UsageError);
  });

  it('needs a draft file and a period, with status 2', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (l: string) => err.push(l), workflowsDir: 'workflows' };
    await expect(run(['simulate', '--from', '2026-01-01', '--to', '2026-12-31'], io)).resolves.toBe(2);
    await expect(run(['simulate', 'draft.yaml', '--from', '2026-01-01'], io)).resolves.toBe(2);
    expect(err.join('\n')).toContain('simulate needs --from and --to');
  });
});
