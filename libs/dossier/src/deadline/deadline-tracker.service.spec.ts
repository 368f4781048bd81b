import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, WorkingCalendar } from '@motcua/calendar';
import type { Catalog } from '@motcua/catalog';
import type { ProcedureDefinition } from '@motcua/engine';
import type { OutboxItem, OutboxRepository } from '@motcua/queue';
import type { EntityManager } from 'typeorm';
import type { DossierEntity } from '../dossier.entity';
import { DeadlineTrackerService, type FlagColumns } from './deadline-tracker.service';
import type { DossierFlagRepository, DossierFlagRow, FlagToRaise } from './dossier-flag.repository';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const { calendar } = WorkingCalendar.create({
  years: [year(2025), year(2026)],
  fromYear: 2025,
  toYear: 2027,
});
const at = (local: string): Date => new Date(`${local}+07:00`);

const definition = {} as ProcedureDefinition; // no policy of its own: the defaults
const manager = {} as EntityManager;
const now = at('2026-02-24T10:00:00');
const raisedBefore = at('2026-02-23T17:00:00.001');

// Past its appointment and its step's due instant: overdue and step overdue; overdue was raised earlier.
const dossier = {
  id: '0b6f9c1e-0000-4000-8000-000000000001',
  version: 7,
  status: 'in_progress',
  pausedAt: null,
  step: 'appraise',
  stepOwnerUnit: 'tu-phap-xa',
  stepOwnerRole: 'officer',
  clockStartedAt: at('2026-02-23T07:30:00'),
  dueAt: at('2026-02-23T17:00:00'),
  stepStartedAt: at('2026-02-23T07:30:00'),
  stepDueAt: at('2026-02-23T09:30:00'),
  lastActivityAt: now,
  dueSoonFrom: null,
  stallAt: null,
  apologyReminderAt: null,
  apologyRemindedAt: null,
  flagDueSoonAt: null,
  flagOverdueAt: raisedBefore,
  flagStepOverdueAt: null,
  flagStalledAt: null,
} as unknown as DossierEntity;

function fakes() {
  const writes: Record<string, unknown[]> = { raise: [], reopen: [], clear: [], columns: [], outbox: [] };
  const flags = {
    relevantMany: jest.fn(async (): Promise<DossierFlagRow[]> => [
      {
        id: '11',
        dossierId: dossier.id,
        flag: 'overdue',
        subject: '2026-02-23T17:00:00+07:00',
        raisedAt: raisedBefore,
        clearedAt: null,
      },
      {
        id: '12',
        dossierId: dossier.id,
        flag: 'stalled',
        subject: 'old',
        raisedAt: raisedBefore,
        clearedAt: null,
      },
    ]),
    raiseMany: jest.fn(async (_m: EntityManager, missing: FlagToRaise[], raisedAt: Date) => {
      writes.raise.push(missing);
      return missing.map((f, i) => ({ ...f, id: String(20 + i), raisedAt, clearedAt: null }));
    }),
    findMany: jest.fn(async () => []),
    reopen: jest.fn(async (_m: EntityManager, ids: string[]) => void writes.reopen.push(ids)),
    clear: jest.fn(async (_m: EntityManager, ids: string[]) => void writes.clear.push(ids)),
    saveColumnsMany: jest.fn(async (_m: EntityManager, rows: unknown[]) => void writes.columns.push(rows)),
  };
  const outbox = {
    append: jest.fn(async (_m: EntityManager, items: OutboxItem[]) => void writes.outbox.push(items)),
  };
  const tracker = new DeadlineTrackerService(
    { calendar } as unknown as Catalog,
    flags as unknown as DossierFlagRepository,
    outbox as unknown as OutboxRepository,
  );
  return { tracker, writes };
}

describe('DeadlineTrackerService.prepare and applyPrepared', () => {
  it('plan as apply does: the instants for the UPDATE, then the same flag rows and jobs', async () => {
    const reference = fakes();
    const plan = await reference.tracker.apply(manager, dossier, definition, now);

    const folded = fakes();
    const prepared = folded.tracker.prepare(dossier, definition, now);
    expect(prepared.plan).toEqual(plan);
    expect(prepared.columns).toEqual({ ...plan.instants, apologyRemindedAt: plan.apologyRemindedAt });
    const jobs: OutboxItem[] = [];
    const stored: FlagColumns = {
      flagDueSoonAt: null,
      flagOverdueAt: raisedBefore,
      flagStepOverdueAt: null,
      flagStalledAt: raisedBefore,
    };
    await folded.tracker.applyPrepared(manager, dossier, prepared, stored, now, { jobs });

    // Step overdue raised, stalled cleared, overdue kept: the flag columns change, so they are written as apply does.
    expect(folded.writes.raise).toEqual(reference.writes.raise);
    expect(folded.writes.clear).toEqual([['12']]);
    expect(folded.writes.clear).toEqual(reference.writes.clear);
    expect(folded.writes.columns).toEqual(reference.writes.columns);
    expect(folded.writes.outbox).toEqual([]);
    expect(jobs).toEqual(reference.writes.outbox[0]);
    expect(jobs.map((j) => j.jobId)).toContain(`deadline-${dossier.id}-7`);
  });

  it('leaves the flag columns alone when the UPDATE left them as the flags are', async () => {
    const reference = fakes();
    await reference.tracker.apply(manager, dossier, definition, now);
    const [[{ columns }]] = reference.writes.columns as Array<Array<{ columns: FlagColumns }>>;

    const { tracker, writes } = fakes();
    await tracker.applyPrepared(manager, dossier, tracker.prepare(dossier, definition, now), columns, now);
    expect(writes.columns).toEqual([[]]);
    expect(writes.raise).toEqual(reference.writes.raise);
    expect(writes.outbox).toEqual(reference.writes.outbox);
  });

  it('writes nothing for a dossier that neither runs nor carries anything the tracker wrote', async () => {
    const { tracker, writes } = fakes();
    const done = { ...dossier, status: 'done', flagOverdueAt: null } as DossierEntity;
    const prepared = tracker.prepare(done, definition, now);
    expect(prepared.columns).toBeNull();
    await tracker.applyPrepared(manager, done, prepared, done, now);
    expect(Object.values(writes).flat()).toEqual([]);
  });
});
