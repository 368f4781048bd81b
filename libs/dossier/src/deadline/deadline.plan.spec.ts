import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, toVietnamIso, WorkingCalendar } from '@motcua/calendar';
import { DEFAULT_DEADLINE_POLICY } from '@motcua/engine';
import {
  compactInstant,
  deadlineStateOf,
  flagSubject,
  nextCheckAt,
  planDeadlines,
  planDiffers,
  type StoredDeadlines,
  type TrackedDossier,
} from './deadline.plan';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const { calendar } = WorkingCalendar.create({
  years: [year(2025), year(2026)],
  fromYear: 2025,
  toYear: 2027,
});
const at = (local: string): Date => new Date(`${local}+07:00`);
const local = (d: Date | null): string | null => (d ? toVietnamIso(d) : null);
const plus = (d: Date, ms: number): Date => new Date(d.getTime() + ms);

// 2.000908 (one working day; the first step two working hours) received Friday 13 February 2026 at 15:30, after
// the 15:00 cut-off and just before Tết (14–22 February): started by the intake at once, its clock at Monday 07:30.
const tet: TrackedDossier = {
  status: 'in_progress',
  pausedAt: null,
  step: 'receive',
  clockStartedAt: at('2026-02-23T07:30:00'),
  dueAt: at('2026-02-23T17:00:00'),
  stepStartedAt: at('2026-02-23T07:30:00'),
  stepDueAt: at('2026-02-23T09:30:00'),
  lastActivityAt: at('2026-02-13T15:30:00'),
  apologyReminderAt: null,
  apologyRemindedAt: null,
};
const plan = (d: TrackedDossier, now: Date) => planDeadlines(calendar, DEFAULT_DEADLINE_POLICY, d, now);

describe('deadlineStateOf', () => {
  it('runs in progress or with the result ready, not paused, awaiting, finished or not yet started', () => {
    expect(deadlineStateOf(tet).running).toBe(true);
    expect(deadlineStateOf({ ...tet, status: 'result_ready' }).running).toBe(true);
    expect(
      deadlineStateOf({ ...tet, status: 'awaiting_supplement', pausedAt: at('2026-02-23T08:00:00') }).running,
    ).toBe(false);
    for (const status of [
      'accepted',
      'awaiting_documents',
      'done',
      'withdrawn',
      'stopped',
      'refused',
    ] as const) {
      expect(deadlineStateOf({ ...tet, status }).running).toBe(false);
    }
  });

  it('counts idle time from the clock start when the last activity came before it', () => {
    expect(local(deadlineStateOf(tet).lastActivityAt)).toBe('2026-02-23T07:30:00+07:00');
    const later = at('2026-02-23T10:00:00');
    expect(deadlineStateOf({ ...tet, lastActivityAt: later }).lastActivityAt).toEqual(later);
  });
});

describe('flagSubject', () => {
  const full = {
    ...deadlineStateOf(tet),
    dueSoonFrom: at('2026-02-23T09:00:00'),
    stallAt: null,
    apologyReminderAt: null,
  };

  it('names the instant or the step visit a flag is about', () => {
    expect(flagSubject('overdue', full, 'receive')).toBe('2026-02-23T17:00:00+07:00');
    expect(flagSubject('step_overdue', full, 'receive')).toBe('receive@2026-02-23T07:30:00+07:00');
    expect(flagSubject('due_soon', full, 'receive')).toBe('2026-02-23T09:00:00+07:00');
    expect(flagSubject('stalled', full, 'receive')).toBe('2026-02-23T07:30:00+07:00');
  });

  it('gives a re-entered step a new subject, and fits the column', () => {
    const again = { ...full, stepStartedAt: at('2026-02-23T14:00:00') };
    expect(flagSubject('step_overdue', again, 'receive')).not.toBe(
      flagSubject('step_overdue', full, 'receive'),
    );
    const longest = flagSubject(
      'step_overdue',
      { ...full, stepStartedAt: plus(full.stepStartedAt!, 1) },
      'x'.repeat(64),
    );
    expect(longest.length).toBeLessThanOrEqual(120);
  });
});

describe('compactInstant', () => {
  it('writes Vietnam local time as yyyyMMddHHmmss, with milliseconds only when there are some', () => {
    expect(compactInstant(at('2026-02-23T17:00:00'))).toBe('20260223170000');
    expect(compactInstant(plus(at('2026-02-23T17:00:00'), 1))).toBe('20260223170000001');
    expect(compactInstant(new Date('2026-02-22T23:30:00Z'))).toBe('20260223063000');
  });
});

describe('nextCheckAt', () => {
  const full = {
    ...deadlineStateOf(tet),
    dueSoonFrom: at('2026-02-23T09:00:00'),
    stallAt: at('2026-02-24T17:00:00'),
    apologyReminderAt: null,
  };

  it('picks the first instant ahead: due soon, then the first millisecond past each due instant, then idle', () => {
    expect(local(nextCheckAt(full, true, at('2026-02-13T15:30:00')))).toBe('2026-02-23T09:00:00+07:00');
    expect(nextCheckAt(full, true, at('2026-02-23T09:00:00'))).toEqual(plus(at('2026-02-23T09:30:00'), 1));
    expect(nextCheckAt(full, true, at('2026-02-23T09:30:00'))).toEqual(plus(at('2026-02-23T09:30:00'), 1));
    expect(nextCheckAt(full, true, plus(at('2026-02-23T09:30:00'), 1))).toEqual(
      plus(at('2026-02-23T17:00:00'), 1),
    );
    expect(local(nextCheckAt(full, true, at('2026-02-23T18:00:00')))).toBe('2026-02-24T17:00:00+07:00');
    expect(nextCheckAt(full, true, at('2026-02-25T08:00:00'))).toBeNull();
  });

  it('includes the apology reminder only while it is pending, and nothing for a dossier that does not run', () => {
    const withApology = { ...full, apologyReminderAt: at('2026-02-23T08:00:00') };
    expect(local(nextCheckAt(withApology, true, at('2026-02-23T07:45:00')))).toBe(
      '2026-02-23T08:00:00+07:00',
    );
    expect(local(nextCheckAt(withApology, false, at('2026-02-23T07:45:00')))).toBe(
      '2026-02-23T09:00:00+07:00',
    );
    expect(nextCheckAt({ ...full, running: false }, true, at('2026-02-13T15:30:00'))).toBeNull();
  });
});

describe('planDeadlines', () => {
  it('gives the Tết dossier its instants and raises each flag at its instant, not before', () => {
    const atIntake = plan(tet, at('2026-02-13T15:30:00'));
    expect(local(atIntake.instants.dueSoonFrom)).toBe('2026-02-23T09:00:00+07:00'); // the step's last quarter
    expect(local(atIntake.instants.stallAt)).toBe('2026-02-24T17:00:00+07:00'); // two working days from 07:30
    expect(atIntake.instants.apologyReminderAt).toBeNull(); // one working day: no time for a letter
    expect(atIntake.flags).toEqual([]);
    expect(local(atIntake.nextCheckAt)).toBe('2026-02-23T09:00:00+07:00');

    const flags = (local: string, ms = 0) => plan(tet, plus(at(local), ms)).flags.map((f) => f.flag);
    expect(flags('2026-02-23T08:59:59')).toEqual([]);
    expect(flags('2026-02-23T09:00:00')).toEqual(['due_soon']);
    expect(flags('2026-02-23T09:30:00')).toEqual(['due_soon']);
    expect(flags('2026-02-23T09:30:00', 1)).toEqual(['due_soon', 'step_overdue']);
    expect(flags('2026-02-23T17:00:00', 1)).toEqual(['due_soon', 'overdue', 'step_overdue']);
    expect(flags('2026-02-24T17:00:00')).toEqual(['due_soon', 'overdue', 'step_overdue', 'stalled']);
    expect(plan(tet, at('2026-02-23T09:00:00')).flags[0]).toEqual({
      flag: 'due_soon',
      subject: '2026-02-23T09:00:00+07:00',
    });
  });

  it('carries nothing while paused or finished', () => {
    const paused = { ...tet, status: 'awaiting_supplement' as const, pausedAt: at('2026-02-23T08:00:00') };
    const p = plan(paused, at('2026-03-30T08:00:00'));
    expect(p).toMatchObject({ running: false, flags: [], nextCheckAt: null, remindApology: false });
    expect(p.instants).toEqual({ dueSoonFrom: null, stallAt: null, apologyReminderAt: null });
  });

  describe('the apology reminder (a three-working-day dossier)', () => {
    const long: TrackedDossier = {
      ...tet,
      dueAt: at('2026-02-25T17:00:00'),
      stepDueAt: at('2026-02-23T11:30:00'),
      lastActivityAt: at('2026-02-23T07:30:00'),
    };

    it('falls due 1.5 working days before the appointment, once per clock run', () => {
      const reminderAt = at('2026-02-24T11:30:00');
      expect(plan(long, at('2026-02-24T11:29:59'))).toMatchObject({
        remindApology: false,
        apologyRemindedAt: null,
      });
      const due = plan(long, reminderAt);
      expect(due.instants.apologyReminderAt).toEqual(reminderAt);
      expect(due).toMatchObject({ remindApology: true, apologyRemindedAt: reminderAt });
      const sent = { ...long, apologyReminderAt: reminderAt, apologyRemindedAt: reminderAt };
      expect(plan(sent, at('2026-02-24T15:00:00'))).toMatchObject({
        remindApology: false,
        apologyRemindedAt: reminderAt,
      });
    });

    it('reminds again after the clock restarted (a supplement), not after a reminder of the same run', () => {
      const restarted = {
        ...long,
        apologyRemindedAt: at('2026-02-24T11:30:00'),
        clockStartedAt: at('2026-03-02T07:30:00'),
        dueAt: at('2026-03-04T17:00:00'),
        stepStartedAt: at('2026-03-02T07:30:00'),
        stepDueAt: at('2026-03-02T11:30:00'),
        lastActivityAt: at('2026-03-02T07:30:00'),
      };
      expect(plan(restarted, at('2026-03-02T08:00:00'))).toMatchObject({
        remindApology: false,
        apologyRemindedAt: null,
      });
      expect(plan(restarted, at('2026-03-03T11:30:00'))).toMatchObject({ remindApology: true });
    });
  });
});

describe('planDiffers', () => {
  const now = at('2026-02-23T09:10:00');
  const p = plan(tet, now);
  const stored: StoredDeadlines = {
    ...tet,
    dueSoonFrom: p.instants.dueSoonFrom,
    stallAt: p.instants.stallAt,
    flagDueSoonAt: at('2026-02-23T09:00:00'),
    flagOverdueAt: null,
    flagStepOverdueAt: null,
    flagStalledAt: null,
  };

  it('is false for a row that stores what the plan gives', () => {
    expect(planDiffers(p, stored)).toBe(false);
  });

  it('notices a moved instant (an edited calendar), a missing flag and a flag that should be down', () => {
    expect(planDiffers(p, { ...stored, stallAt: at('2026-02-25T17:00:00') })).toBe(true);
    expect(planDiffers(p, { ...stored, flagDueSoonAt: null })).toBe(true);
    expect(planDiffers(p, { ...stored, flagStalledAt: now })).toBe(true);
  });
});

describe('a step visit with no working time', () => {
  // 1.115668's "Trả kết quả" is 0 working days: entered at 14:00 on the appointment day, due at that instant.
  const handBack: TrackedDossier = {
    ...tet,
    step: 'return',
    clockStartedAt: at('2026-02-23T07:30:00'),
    dueAt: at('2026-02-26T17:00:00'),
    stepStartedAt: at('2026-02-24T14:00:00'),
    stepDueAt: at('2026-02-24T14:00:00'),
    lastActivityAt: at('2026-02-24T14:00:00'),
  };

  it('raises neither due soon nor step overdue, however long it waits', () => {
    const flags = (now: string) => plan(handBack, at(now)).flags.map((f) => f.flag);
    expect(flags('2026-02-24T14:00:00')).toEqual([]);
    expect(flags('2026-02-24T16:00:00')).toEqual([]);
    expect(plan(handBack, at('2026-02-24T14:00:00')).instants.dueSoonFrom).toEqual(
      plan({ ...handBack, stepStartedAt: null, stepDueAt: null }, at('2026-02-24T14:00:00')).instants
        .dueSoonFrom,
    );
  });

  it('sets no timer for the step, only for the dossier', () => {
    const next = plan(handBack, at('2026-02-24T14:00:00')).nextCheckAt;
    expect(next).not.toEqual(plus(handBack.stepDueAt!, 1));
  });

  it('still tracks the dossier’s appointment', () => {
    const flags = plan(handBack, at('2026-02-27T08:00:00')).flags.map((f) => f.flag);
    expect(flags).toContain('overdue');
    expect(flags).not.toContain('step_overdue');
  });

  it('is told apart from a step given time, which is flagged past its due instant', () => {
    const timed = { ...handBack, stepDueAt: at('2026-02-24T15:00:00') };
    expect(plan(timed, at('2026-02-24T15:30:00')).flags.map((f) => f.flag)).toContain('step_overdue');
    expect(plan(timed, at('2026-02-24T14:59:00')).flags.map((f) => f.flag)).toContain('due_soon');
  });
});
