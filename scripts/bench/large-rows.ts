import { loadCatalog } from '@motcua/catalog';
import { type Cell, line, textArray } from './large-copy';
import { largeDossier, type LargeDossier, type LargeProcedure, startState } from './large-dossier';
import { randomSource } from './large-people';

// prettier-ignore
export const COLUMNS = {
  dossier: [
    'id', 'code', 'procedure_code', 'procedure_version_id', 'receiving_unit', 'route_units', 'channel', 'status',
    'applicant', 'applicant_name', 'applicant_id_number', 'documents', 'machine_state', 'step', 'step_owner_unit',
    'step_owner_role', 'received_at', 'accepted_at', 'clock_started_at', 'due_at', 'step_started_at',
    'step_due_at', 'paused_at', 'result_ready_at', 'finished_at', 'last_activity_at', 'step_consumed',
    'due_soon_from', 'stall_at', 'apology_reminder_at', 'apology_reminded_at', 'flag_due_soon_at',
    'flag_overdue_at', 'flag_step_overdue_at', 'flag_stalled_at', 'version', 'created_at', 'updated_at',
    'reached_units', 'working_ms',
  ],
  event: [
    'dossier_id', 'version', 'action', 'from_step', 'to_step', 'from_status', 'to_status', 'actor_role',
    'occurred_at', 'step_started_at', 'step_due_at', 'working_minutes', 'timeliness', 'wait_minutes',
  ],
  pause: ['dossier_id', 'step', 'reason', 'missing_items', 'started_at', 'ended_at', 'due_before'],
  flag: ['id', 'dossier_id', 'flag', 'subject', 'step', 'owner_unit', 'owner_role', 'raised_at'],
  escalation: ['flag_id', 'dossier_id', 'level', 'recipients', 'escalated_at'],
};

/** The COPY text of a batch of dossiers; flag rows without their id (the writer numbers them). */
export interface RowBatch {
  dossiers: string;
  events: string;
  pauses: string;
  /** `[dossier id, the flag row after its id]`. */
  flags: Array<[string, string]>;
  count: number;
  eventCount: number;
  pauseCount: number;
}

/** What one generator needs: a range of the year's working days and its share of the dossiers. */
export interface RangeSpec {
  seed: number;
  size: number;
  /** Vietnam midnights of every working day of the year, and their dates. */
  days: number[];
  dates: string[];
  firstDay: number;
  endDay: number;
  now: number;
  /** Recorded revision id of each procedure code. */
  versionIds: Record<string, string>;
  agencyIds: Record<string, string>;
}

// Relative intake of the shipped procedures: civil status at the commune most, land at the province less.
const WEIGHTS: Record<string, number> = { '2.000908': 4, '1.001193': 3, '1.000894': 2, '2.000806': 1.5 };

/**
 * Generates the dossiers whose reception day falls in [firstDay, endDay) of `days` (dossier i of `size` is
 * received on day ⌊i·days/size⌋), handing the COPY text over every `batch` dossiers.
 */
export async function generateRange(
  spec: RangeSpec,
  batch: number,
  emit: (rows: RowBatch) => Promise<void>,
): Promise<void> {
  const { catalog } = loadCatalog('workflows');
  if (!catalog) throw new Error('bench: the workflow files do not load');
  // The walk goes down the file's steps in order: a procedure with parallel branches is not one line of steps.
  const linear = catalog.procedures.filter((p) => !p.definition.steps.some((s) => s.fork));
  const procedures: LargeProcedure[] = linear.map(({ definition, compiled }) => ({
    definition,
    versionId: spec.versionIds[definition.code],
    initial: startState(compiled),
    routeUnits: [...new Set(definition.steps.map((s) => s.owner.unit))].filter((u) => u !== ''),
    receivingUnit: definition.steps[0].owner.unit,
    agencyId: spec.agencyIds[definition.code],
    weight: WEIGHTS[definition.code] ?? 1,
  }));
  const totalWeight = procedures.reduce((a, p) => a + p.weight, 0);
  const random = randomSource(spec.seed);
  const now = new Date(spec.now);
  const numbers = new Map<string, number>();
  const dayCount = spec.days.length;
  const first = Math.ceil((spec.firstDay * spec.size) / dayCount);
  const end = Math.ceil((spec.endDay * spec.size) / dayCount);
  let rows = emptyBatch();
  for (let i = first; i < end; i++) {
    const procedure = weighted(procedures, totalWeight, random());
    const dayIndex = Math.floor((i * dayCount) / spec.size);
    let receivedAt = new Date(spec.days[dayIndex] + (7.5 + random() * 9) * 3_600_000);
    if (receivedAt >= now) receivedAt = new Date(spec.now - (1 + random() * 60) * 60_000);
    const local = spec.dates[dayIndex];
    const counter = `${procedure.agencyId}|${local}`;
    const n = (numbers.get(counter) ?? 0) + 1;
    numbers.set(counter, n);
    const code = `${procedure.agencyId}-${local.slice(2).replace(/-/g, '')}-${String(n).padStart(4, '0')}`;
    append(rows, largeDossier(catalog, procedure, random, receivedAt, now, code), now);
    if (rows.count >= batch) {
      await emit(rows);
      rows = emptyBatch();
    }
  }
  if (rows.count > 0) await emit(rows);
}

const emptyBatch = (): RowBatch => ({
  dossiers: '',
  events: '',
  pauses: '',
  flags: [],
  count: 0,
  eventCount: 0,
  pauseCount: 0,
});

function append(rows: RowBatch, d: LargeDossier, now: Date): void {
  rows.dossiers += line(dossierRow(d, now));
  for (const e of d.events) {
    // prettier-ignore
    rows.events += line([
      d.id, e.version, e.action, e.fromStep, e.toStep, e.fromStatus, e.toStatus, e.actor, e.occurredAt,
      e.stepStartedAt, e.stepDueAt, e.workingMinutes, e.timeliness, e.waitMinutes,
    ]);
  }
  for (const p of d.pauses) {
    const missing = ['Bản sao giấy tờ tùy thân'];
    rows.pauses += line([d.id, p.step, 'Thiếu giấy tờ', missing, p.startedAt, p.endedAt, p.dueBefore]);
  }
  for (const f of d.flags) {
    const rest = line([d.id, f.flag, f.subject, d.step?.id, d.step?.unit, d.step?.role, now]);
    rows.flags.push([d.id, rest]);
  }
  rows.count++;
  rows.eventCount += d.events.length;
  rows.pauseCount += d.pauses.length;
}

function dossierRow(d: LargeDossier, now: Date): Cell[] {
  const def = d.procedure.definition;
  const documents = def.documents
    .slice(0, 3)
    .map((doc) => ({ name: doc.name, originals: doc.originals, copies: doc.copies }));
  const f = d.deadlines.flagAt;
  // prettier-ignore
  return [
    d.id, d.code, def.code, d.procedure.versionId, d.procedure.receivingUnit, textArray(d.procedure.routeUnits),
    d.channel, d.status, d.applicant, d.applicant.fullName, d.applicant.idNumber, documents, d.machineState,
    d.step?.id, d.step?.unit, d.step?.role, d.receivedAt, d.receivedAt, d.clockStartedAt, d.dueAt, d.stepStartedAt,
    d.stepDueAt, d.pausedAt, d.resultReadyAt, d.finishedAt, d.lastActivityAt, d.stepConsumed,
    d.deadlines.dueSoonFrom, d.deadlines.stallAt, d.deadlines.apologyReminderAt, d.deadlines.apologyRemindedAt,
    f.due_soon, f.overdue, f.step_overdue, f.stalled, d.events.length, d.receivedAt, d.finishedAt ?? now,
    textArray(reachedUnits(d)), d.workingMs,
  ];
}

/** The receiving unit and the owner of every step the walk entered, as the reached-units trigger keeps them. */
function reachedUnits(d: LargeDossier): string[] {
  const owner = new Map(d.procedure.definition.steps.map((s) => [s.id, s.owner.unit]));
  const entered = d.events.map((e) => (e.toStep ? owner.get(e.toStep) : undefined));
  return [...new Set([d.procedure.receivingUnit, ...entered].filter((u): u is string => !!u))];
}

function weighted(procedures: LargeProcedure[], total: number, u: number): LargeProcedure {
  let left = u * total;
  for (const p of procedures) {
    left -= p.weight;
    if (left < 0) return p;
  }
  return procedures[procedures.length - 1];
}
