import type { DossierOutcome } from './dossier-runner.service';

export interface SummaryRow {
  procedure: string;
  received: number;
  inProcess: number;
  returned: number;
  closed: number;
  failed: number;
}

const CLOSED = ['refused', 'withdrawn', 'stopped'];

/** Per procedure (in code order) and a total: dossiers received, still in process, result returned, closed. */
export function summarize(outcomes: DossierOutcome[], names: Map<string, string>): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  const total: SummaryRow = {
    procedure: 'total',
    received: 0,
    inProcess: 0,
    returned: 0,
    closed: 0,
    failed: 0,
  };
  for (const o of [...outcomes].sort((a, b) => a.plan.procedureCode.localeCompare(b.plan.procedureCode))) {
    const code = o.plan.procedureCode;
    const label = `${code} ${names.get(code) ?? ''}`.trim();
    const row = rows.get(code) ?? {
      procedure: label,
      received: 0,
      inProcess: 0,
      returned: 0,
      closed: 0,
      failed: 0,
    };
    rows.set(code, row);
    for (const r of [row, total]) {
      if (o.error) r.failed++;
      if (!o.code) continue;
      r.received++;
      if (o.status === 'done') r.returned++;
      else if (CLOSED.includes(o.status ?? '')) r.closed++;
      else r.inProcess++;
    }
  }
  return [...rows.values(), total];
}

const width = (text: string): number => [...text.normalize('NFC')].length;

const clip = (text: string, max: number): string =>
  width(text) <= max ? text : `${[...text.normalize('NFC')].slice(0, max - 1).join('')}…`;

/** A plain-text table; long procedure names are cut to fit a terminal. */
export function renderSummary(rows: SummaryRow[], nameWidth = 56): string {
  const head = ['procedure', 'received', 'in process', 'result returned', 'refused/withdrawn', 'failed'];
  const cells = rows.map((r) => [
    clip(r.procedure, nameWidth),
    ...[r.received, r.inProcess, r.returned, r.closed, r.failed].map(String),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]): string =>
    c
      .map((text, i) =>
        i === 0 ? text.padEnd(widths[i] + text.length - width(text)) : text.padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = cells.map(line);
  return [line(head), rule, ...body.slice(0, -1), rule, body[body.length - 1]].join('\n');
}
