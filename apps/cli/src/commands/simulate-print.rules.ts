import type { OutcomeFigures, SimulationResult, StepLoadView } from '@motcua/improvement';
import type { CliIo } from '../cli.types';

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const cell = (text: string | number, width: number): string => String(text).padStart(width);

const figureRows = (f: OutcomeFigures): Array<string | number> => [
  f.dossiers,
  pct(f.onTimeRate),
  f.resolvedOnTime,
  f.resolvedLate,
  f.pendingWithin,
  f.pendingOverdue,
  f.backlogByMonth.at(-1)?.open ?? 0,
];

const loadText = (l: StepLoadView | null): string =>
  l
    ? `${l.visits} visits, ${l.places} places, wait ${l.meanWaitMinutes} min (max ${l.maxWaitMinutes}), busy ${pct(l.utilisation)}`
    : '-';

/** The result as a readable table. */
export function printSimulation(r: SimulationResult, io: CliIo): void {
  io.out(`${r.procedureCode} ${r.procedureName}: revision ${r.currentVersion} vs draft ${r.draftVersion}`);
  io.out(`period ${r.from} .. ${r.to}, judged at ${r.asOf}, seed ${r.seed}`);
  io.out('');
  const head = ['', 'dossiers', 'on time', 'done ok', 'done late', 'open ok', 'open late', 'backlog'];
  io.out(head.map((h, i) => (i ? cell(h, 10) : h.padEnd(18))).join(''));
  for (const [name, f] of [
    ['actual', r.actual],
    ['current (sim.)', r.current],
    ['draft (sim.)', r.draft],
  ] as const)
    io.out([name.padEnd(18), ...figureRows(f).map((x) => cell(x, 10))].join(''));
  io.out('');
  const c = r.check;
  io.out(
    `check: the current revision simulated gives ${pct(c.simulatedOnTimeRate)} on time against ${pct(c.actualOnTimeRate)} ` +
      `actual (${c.difference >= 0 ? '+' : ''}${(100 * c.difference).toFixed(1)} points, tolerance ±${100 * c.tolerance}): ` +
      (c.reproduced ? 'reproduced' : 'NOT REPRODUCED, do not trust the draft figures'),
  );
  io.out('');
  for (const s of r.steps) {
    const basis = s.basis === 'observed' ? 'observed times' : `assumed ${s.assumedMinutes} min`;
    io.out(`${s.stepId} (${s.unit}/${s.role}, ${s.officers} officers, today ${s.officersToday}; ${basis})`);
    io.out(`  current: ${loadText(s.current)}`);
    io.out(`  draft:   ${loadText(s.draft)}`);
  }
  io.out('');
  io.out('backlog by month (actual / current / draft):');
  r.actual.backlogByMonth.forEach((m, k) =>
    io.out(
      `  ${m.month}: ${m.open} / ${r.current.backlogByMonth[k].open} / ${r.draft.backlogByMonth[k].open}`,
    ),
  );
  const late = r.draft.resolvedLate + r.draft.pendingOverdue;
  io.out(
    `late under the draft: ${late}${late ? `, first: ${r.draft.lateCodes.slice(0, 10).join(', ')}` : ''}`,
  );
}
