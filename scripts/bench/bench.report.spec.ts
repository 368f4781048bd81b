import { type Machine, markdown, withLaterRuns } from './bench.report';
import type { Figure } from './bench.types';

const machine: Machine = {
  cpu: 'CPU',
  cores: 2,
  memoryGiB: 24,
  os: 'linux',
  node: 'v20',
  postgres: '15',
  redis: '7',
};
const figure = (id: string, title: string, ours: number): Figure => ({
  id,
  title,
  unit: 'ms',
  ours,
  baseline: 100,
  baselineName: 'bare SQL',
  higherIsBetter: false,
});
const full = markdown([figure('report.handling', 'form 06 report', 200)], machine, {
  quick: false,
  largeSize: 1_000_000,
  at: new Date('2026-12-01T00:00:00Z'),
});

describe('withLaterRuns', () => {
  it('keeps the full run and adds a dated section per benchmark run alone', () => {
    const at = new Date('2026-12-06T21:00:00Z');
    const text = withLaterRuns(
      full,
      [{ id: 'steps', title: 'step analytics', figures: [figure('s', 'steps of 2026', 300)] }],
      machine,
      at,
    );
    expect(text).toContain('| form 06 report | 200 ms |');
    expect(text).toContain('### `steps`: step analytics');
    expect(text).toContain('Run: 2026-12-06T21:00:00.000Z (`--only=steps`)');
    expect(text).toContain('| steps of 2026 | 300 ms | 100 ms (bare SQL) | 0.33 |');
    expect(text.indexOf('## Later runs')).toBeLessThan(text.indexOf('## Machine'));
  });

  it('replaces an earlier section of the same benchmark and keeps the others', () => {
    const first = withLaterRuns(
      full,
      [
        { id: 'steps', title: 'step analytics', figures: [figure('s', 'steps of 2026', 300)] },
        { id: 'simulate', title: 'simulation', figures: [figure('m', 'a year simulated', 900)] },
      ],
      machine,
      new Date('2026-12-06T21:00:00Z'),
    );
    const second = withLaterRuns(
      first,
      [{ id: 'steps', title: 'step analytics', figures: [figure('s', 'steps of 2026', 250)] }],
      machine,
      new Date('2026-12-06T22:00:00Z'),
    );
    expect(second.match(/### `steps`/g)).toHaveLength(1);
    expect(second).toContain('| steps of 2026 | 250 ms |');
    expect(second).not.toContain('| steps of 2026 | 300 ms |');
    expect(second).toContain('| a year simulated | 900 ms |');
    expect(second.match(/## Later runs/g)).toHaveLength(1);
    expect(second.match(/## Machine/g)).toHaveLength(1);
  });
});
