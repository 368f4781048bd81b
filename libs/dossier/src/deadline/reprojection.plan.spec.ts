import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, toVietnamIso, WorkingCalendar } from '@motcua/calendar';
import type { ProcedureDefinition } from '@motcua/engine';
import {
  planReprojection,
  reprojectionPayload,
  reprojectionText,
  type ReprojectedBranch,
  type ReprojectedDossier,
} from './reprojection.plan';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const calendarOf = (y2027: CalendarYear) =>
  WorkingCalendar.create({ years: [year(2026), y2027], fromYear: 2026, toYear: 2028 }).calendar;
// Before the 2027 file: a schedule that knew only 1 January (Tết 2027 not counted).
const before = calendarOf({
  year: 2027,
  daysOff: [{ from: '2027-01-01', to: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
  workingDays: [],
});
const after = calendarOf(year(2027));

const definition = {
  deadline: { amount: 5, unit: 'working_day' },
  deadlines: { dueSoon: { fraction: 0.25, minutes: 240 } },
  steps: [
    { id: 'receive', duration: { amount: 2, unit: 'working_hour' } },
    { id: 'appraise', duration: { amount: 3, unit: 'working_day' } },
    { id: 'process' },
    { id: 'register_birth', duration: { amount: 4, unit: 'working_hour' } },
    { id: 'issue_card', duration: { amount: 2, unit: 'working_day' } },
  ],
} as unknown as ProcedureDefinition;

const at = (local: string): Date => new Date(`${local}+07:00`);
const local = (d: Date | null | undefined): string | null => (d ? toVietnamIso(d).slice(0, 16) : null);

// Clock started Mon 1 Feb 2027 08:00 (5 working days); at "appraise" (3 working days) since Wed 3 Feb 13:00.
const running: ReprojectedDossier = {
  status: 'in_progress',
  pausedAt: null,
  step: 'appraise',
  clockStartedAt: at('2027-02-01T08:00'),
  dueAt: before.dueAt(at('2027-02-01T08:00'), { amount: 5, unit: 'working_day' }),
  extendedAt: null,
  stepStartedAt: at('2027-02-03T13:00'),
  stepDueAt: before.addWorkingMinutes(at('2027-02-03T13:00'), 3 * 480),
  stepConsumed: {},
  limitExtensions: [],
};

describe('planReprojection', () => {
  it('moves the appointment and the step due instant over Tết 2027 once its schedule is known', () => {
    expect(local(running.dueAt)).toBe('2027-02-08T08:00');
    expect(local(running.stepDueAt)).toBe('2027-02-08T11:30');
    const plan = planReprojection(after, definition, running)!;
    expect(local(plan.dueAt!.from)).toBe('2027-02-08T08:00');
    // 31.5 h by Thu 4 Feb; Fri 5 – Thu 11 Feb off; 8 h on Fri 12; the last half hour on Mon 15 Feb.
    expect(local(plan.dueAt!.to)).toBe('2027-02-15T08:00');
    expect(local(plan.stepDueAt!.to)).toBe('2027-02-15T11:30');
    expect(plan.calendar).toEqual([
      expect.objectContaining({ year: 2027, status: 'provisional', origin: 'file' }),
    ]);
  });

  it('moves a dossier once: its new instants are what the calendar gives', () => {
    const plan = planReprojection(after, definition, running)!;
    const moved = { ...running, dueAt: plan.dueAt!.to, stepDueAt: plan.stepDueAt!.to };
    expect(planReprojection(after, definition, moved)).toBeNull();
    expect(planReprojection(before, definition, running)).toBeNull();
  });

  it('counts only what is left of a step visited before', () => {
    const plan = planReprojection(after, definition, { ...running, stepConsumed: { appraise: 480 } })!;
    // Two working days from Wed 3 Feb 13:00: 12 h by Thu 4 Feb, 4 h more on Fri 12 Feb.
    expect(local(plan.stepDueAt!.to)).toBe('2027-02-12T11:30');
  });

  it('keeps an appointment given by an extension letter, and still moves the step', () => {
    const plan = planReprojection(after, definition, { ...running, extendedAt: at('2027-02-02T09:00') })!;
    expect(plan.dueAt).toBeNull();
    expect(local(plan.stepDueAt!.to)).toBe('2027-02-15T11:30');
  });

  it('leaves paused, finished and not yet started dossiers alone', () => {
    expect(planReprojection(after, definition, { ...running, pausedAt: at('2027-02-02T09:00') })).toBeNull();
    for (const status of ['done', 'withdrawn', 'accepted', 'awaiting_supplement'] as const) {
      expect(planReprojection(after, definition, { ...running, status })).toBeNull();
    }
  });

  it('says what moved and which year’s schedule moved it, old and new instants kept', () => {
    const plan = planReprojection(after, definition, running)!;
    expect(reprojectionText(plan)).toBe(
      'Điều chỉnh theo lịch làm việc năm 2027 (dự kiến): ngày hẹn trả từ 08:00 08/02/2027 thành 08:00 15/02/2027; ' +
        'hạn bước từ 11:30 08/02/2027 thành 11:30 15/02/2027',
    );
    const payload = reprojectionPayload(plan);
    expect(payload).toMatchObject({
      previousDueAt: running.dueAt,
      newDueAt: plan.dueAt!.to,
      previousStepDueAt: running.stepDueAt,
      newStepDueAt: plan.stepDueAt!.to,
    });
    expect(payload.calendar).toEqual([
      {
        year: 2027,
        status: 'provisional',
        origin: 'file',
        source: expect.stringContaining('Bộ luật Lao động 2019'),
        fingerprint: after.schedule(2027).fingerprint,
      },
    ]);
  });
});

describe('planReprojection of a dossier in a fork', () => {
  // In the fork "process" since Wed 3 Feb 13:00: the dossier row has no step due instant of its own; its
  // appointment was given by an extension letter (it stays), so only its branches can move.
  const started = at('2027-02-03T13:00');
  const inFork: ReprojectedDossier = {
    ...running,
    step: 'process',
    stepStartedAt: null,
    stepDueAt: null,
    extendedAt: at('2027-02-03T14:00'),
  };
  const branch = (id: string, step: string, minutes: number): ReprojectedBranch => {
    const due = before.addWorkingMinutes(started, minutes);
    return {
      branch: id,
      step,
      ownerUnit: `${id}-unit`,
      ownerRole: 'officer',
      assigneeId: null,
      stepStartedAt: started,
      stepDueAt: due,
      dueSoonFrom: before.addWorkingMinutes(started, minutes - Math.min(minutes / 4, 240)),
      pausedAt: null,
      joinedAt: null,
      closedAt: null,
    };
  };
  const birth = branch('birth', 'register_birth', 240);
  const insurance = branch('insurance', 'issue_card', 960);

  it('moves an open branch step over Tết 2027, and leaves the branch that ends before it', () => {
    expect(local(insurance.stepDueAt)).toBe('2027-02-05T11:30');
    const plan = planReprojection(after, definition, inFork, [birth, insurance])!;
    expect(plan.dueAt).toBeNull();
    expect(plan.stepDueAt).toBeNull();
    expect(plan.branches).toEqual([
      {
        branch: 'insurance',
        step: 'issue_card',
        ownerUnit: 'insurance-unit',
        ownerRole: 'officer',
        assigneeId: null,
        stepDueAt: { from: insurance.stepDueAt, to: at('2027-02-12T11:30') },
        // 12 working hours from Wed 13:00: Thu 4 Feb 17:00 on either calendar.
        dueSoonFrom: null,
      },
    ]);
    expect(plan.calendar.map((y) => y.year)).toEqual([2027]);
  });

  it('moves a branch once, and counts only what is left of a branch step visited before', () => {
    const plan = planReprojection(after, definition, inFork, [insurance])!;
    const moved = { ...insurance, stepDueAt: plan.branches[0].stepDueAt!.to };
    expect(planReprojection(after, definition, inFork, [moved])).toBeNull();
    const revisited = planReprojection(after, definition, { ...inFork, stepConsumed: { issue_card: 480 } }, [
      insurance,
    ])!;
    // One working day left from Wed 3 Feb 13:00: 4 h on Wednesday, 4 h on Thursday.
    expect(local(revisited.branches[0].stepDueAt!.to)).toBe('2027-02-04T11:30');
    // Due soon when a quarter of it is left: 6 h in, Thu 4 Feb 09:30.
    expect(local(revisited.branches[0].dueSoonFrom!.to)).toBe('2027-02-04T09:30');
  });

  it('leaves joined, closed and paused branches alone', () => {
    for (const ended of [
      { joinedAt: at('2027-02-04T08:00') },
      { closedAt: at('2027-02-04T08:00') },
      { pausedAt: at('2027-02-04T08:00') },
    ]) {
      expect(planReprojection(after, definition, inFork, [{ ...insurance, ...ended }])).toBeNull();
    }
  });

  it('lists each moved branch instant with its branch id in the audit text and payload', () => {
    const plan = planReprojection(after, definition, inFork, [birth, insurance])!;
    expect(reprojectionText(plan)).toBe(
      'Điều chỉnh theo lịch làm việc năm 2027 (dự kiến): ' +
        'hạn bước của nhánh insurance từ 11:30 05/02/2027 thành 11:30 12/02/2027',
    );
    expect(reprojectionPayload(plan)).toMatchObject({
      previousDueAt: null,
      newStepDueAt: null,
      branches: [
        {
          branch: 'insurance',
          step: 'issue_card',
          previousStepDueAt: insurance.stepDueAt,
          newStepDueAt: at('2027-02-12T11:30'),
          previousDueSoonFrom: null,
          newDueSoonFrom: null,
        },
      ],
    });
  });
});
