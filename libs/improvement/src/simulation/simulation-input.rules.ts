import { toVietnamIso, type WorkingCalendar } from '@motcua/calendar';
import type { TimeLimit } from '@motcua/calendar';
import { sampleQuantile, type ObservedStep } from './simulation-model.rules';
import type { ArrivalRow } from './simulation.repository';
import type { SimArrival } from './simulation.types';

/** The period as instants: [from's 00:00, the day after to's 00:00) in Vietnam, judged at the earlier of its end and now. */
export interface SimPeriod {
  from: Date;
  to: Date;
  asOf: Date;
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 3660;
const startOfDay = (day: string): Date => new Date(`${day}T00:00:00+07:00`);

/** A Vietnamese day's first instant, or null when the text is not a real yyyy-mm-dd day. */
const dayStart = (day: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const at = startOfDay(day);
  return Number.isNaN(at.getTime()) || toVietnamIso(at).slice(0, 10) !== day ? null : at;
};

/** Pure: the period of two Vietnamese days, both included; null when either is not a date or they are reversed. */
export function simulationPeriod(fromDay: string, toDay: string, now: Date): SimPeriod | null {
  const from = dayStart(fromDay);
  const last = dayStart(toDay);
  if (!from || !last || from > last || last.getTime() - from.getTime() > MAX_DAYS * DAY_MS) return null;
  const to = new Date(last.getTime() + DAY_MS);
  if (from >= now) return null;
  return { from, to, asOf: to < now ? to : now };
}

/** The working-minute axis of a period: working minutes elapsed since its start. */
export const axisOf =
  (calendar: WorkingCalendar, from: Date) =>
  (at: Date): number =>
    calendar.workingMinutesBetween(from, at);

/** Each month's end within the period, on the axis (the last one is the period's judging instant). */
export function monthEndsOf(
  period: SimPeriod,
  axis: (at: Date) => number,
): Array<{ month: string; end: number }> {
  const ends: Array<{ month: string; end: number }> = [];
  let month = toVietnamIso(period.from).slice(0, 7);
  for (;;) {
    const [y, m] = month.split('-').map(Number);
    const next = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}`;
    const end = startOfDay(`${next}-01`);
    ends.push({ month, end: axis(end < period.asOf ? end : period.asOf) });
    if (end >= period.asOf) return ends;
    month = next;
  }
}

export interface PreparedArrivals {
  arrivals: SimArrival[];
  /** What happened: the appointment in force and the hand-over of the result, on the axis. */
  actualDue: number[];
  actualFinish: Array<number | null>;
}

/** Pure: the dossiers on the axis, each with the appointment `limit` gives from its clock start. */
export function prepareArrivals(
  rows: ArrivalRow[],
  calendar: WorkingCalendar,
  axis: (at: Date) => number,
  limit: TimeLimit,
): PreparedArrivals {
  const arrivals = rows.map((r) => ({
    code: r.code,
    start: axis(r.clock_started_at),
    due: axis(calendar.dueAt(r.clock_started_at, limit)),
    month: toVietnamIso(r.clock_started_at).slice(0, 7),
  }));
  return {
    arrivals,
    actualDue: rows.map((r) => axis(r.due_at)),
    actualFinish: rows.map((r) => (r.finished_at ? axis(r.finished_at) : null)),
  };
}

/** The next step of a hand-over of the result. */
export const NO_STEP = '-';

/**
 * Per step, the hand-overs' times and moves; and per dossier that reached its result, the minutes of its first visit
 * of each step (a simulated dossier that reaches its result takes one of these as its template).
 */
export interface Observation {
  steps: Map<string, ObservedStep>;
  dossiers: Array<Map<string, number>>;
}

/**
 * Pure: reads each dossier's hand-overs (`step action next minutes`, comma-separated, in order; `-` for no next step) and counts the dossiers
 * stalled at a step: still without a result, held there at the period's end longer than 99 % of its hand-overs took.
 */
export function observeSteps(
  trajectories: string[],
  rows: ArrivalRow[],
  axis: (at: Date) => number,
  asOf: Date,
): Observation {
  const steps = new Map<string, ObservedStep>();
  const stepOf = (id: string): ObservedStep => {
    let s = steps.get(id);
    if (!s) steps.set(id, (s = { stepId: id, sample: { values: [], weights: [] }, moves: [], stalled: 0 }));
    return s;
  };
  const byMinute = new Map<string, Map<number, number>>();
  const dossiers: Array<Map<string, number>> = [];
  for (const t of trajectories) {
    const first = new Map<string, number>();
    let finished = false;
    for (const handOver of t.split(',')) {
      const [step, action, next, text] = handOver.split(' ');
      const minutes = Number(text);
      const s = stepOf(step);
      const to = next === NO_STEP ? null : next;
      const move = s.moves.find((m) => m.action === action && m.to === to);
      if (move) move.count++;
      else s.moves.push({ action, to, count: 1 });
      const counts = byMinute.get(step) ?? new Map<number, number>();
      counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
      byMinute.set(step, counts);
      if (!first.has(step)) first.set(step, minutes);
      finished = to === null;
    }
    if (finished) dossiers.push(first);
  }
  for (const [id, counts] of byMinute) {
    const sorted = [...counts].sort((a, b) => a[0] - b[0]);
    steps.get(id)!.sample = { values: sorted.map(([m]) => m), weights: sorted.map(([, n]) => n) };
  }
  const end = axis(asOf);
  const p99 = new Map([...steps].map(([id, s]) => [id, sampleQuantile(s.sample, 0.99)]));
  for (const r of rows) {
    if (r.finished_at || !r.step || !r.step_started_at || r.step_started_at > asOf) continue;
    const limit = p99.get(r.step);
    if (limit !== undefined && end - axis(r.step_started_at) > limit) stepOf(r.step).stalled++;
  }
  return { steps, dossiers };
}
