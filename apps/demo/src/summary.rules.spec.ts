import { planOf } from './demo-fixtures.rules';
import type { DossierOutcome } from './dossier-runner.service';
import { renderSummary, summarize } from './summary.rules';

const outcome = (code: string, status: string | undefined, error?: string): DossierOutcome => ({
  plan: planOf({ procedureCode: code }),
  ...(status ? { code: `X-${Math.random()}`, status } : {}),
  actions: [],
  ...(error ? { error } : {}),
});

describe('summary', () => {
  const names = new Map([
    ['2.000908', 'Cấp bản sao từ sổ gốc'],
    ['1.115668', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'],
  ]);
  const rows = summarize(
    [
      outcome('2.000908', 'done'),
      outcome('2.000908', 'in_progress'),
      outcome('2.000908', 'refused'),
      outcome('1.115668', 'withdrawn'),
      outcome('1.115668', 'awaiting_supplement', '422 ACTION_NOT_ALLOWED'),
      outcome('1.115668', undefined, 'no answer'),
    ],
    names,
  );

  it('counts per procedure in code order, with a total', () => {
    expect(rows).toEqual([
      {
        procedure: `1.115668 ${names.get('1.115668')}`,
        received: 2,
        inProcess: 1,
        returned: 0,
        closed: 1,
        failed: 2,
      },
      {
        procedure: '2.000908 Cấp bản sao từ sổ gốc',
        received: 3,
        inProcess: 1,
        returned: 1,
        closed: 1,
        failed: 0,
      },
      { procedure: 'total', received: 5, inProcess: 2, returned: 1, closed: 2, failed: 2 },
    ]);
  });

  it('renders aligned columns and cuts long names', () => {
    const lines = renderSummary(rows, 30).split('\n');
    expect(lines[0]).toMatch(
      /^procedure +received +in process +result returned +refused\/withdrawn +failed$/,
    );
    expect(lines[2]).toContain('1.115668 Đăng ký biến động qu…');
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
    expect(lines[lines.length - 1]).toMatch(/^total +5 +2 +1 +2 +2$/);
  });
});
