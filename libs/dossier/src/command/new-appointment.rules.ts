import {
  MINUTES_PER_WORKING_DAY,
  parseInstant,
  toVietnamIso,
  VIETNAM_OFFSET_MS,
  type WorkingCalendar,
} from '@motcua/calendar';
import { DossierErrorCode, DossierException } from '../dossier.exception';

const invalid = (message: string) =>
  new DossierException(DossierErrorCode.InvalidAppointment, `newAppointment: ${message}`);

/**
 * A working instant: inside a working period of a working day, or at its close (an appointment at 17:00 is the
 * close of business, as a due instant is).
 */
export function isWorkingInstant(calendar: WorkingCalendar, at: Date): boolean {
  return calendar.isWorkingTime(at) || calendar.isWorkingTime(new Date(at.getTime() - 1));
}

/**
 * The appointment an `extend` moves the dossier to: a working instant on the center's calendar (never a weekend,
 * holiday or outside working hours), after the current appointment, in a year the calendar covers.
 */
export function newAppointment(
  text: string | undefined,
  current: Date | null,
  calendar: WorkingCalendar,
): Date {
  if (!text) throw invalid(`required for 'extend', e.g. 2026-12-01T08:00:00+07:00`);
  let at: Date;
  try {
    at = parseInstant(text);
  } catch {
    throw invalid(`'${text}' is not an instant such as 2026-12-01T08:00:00+07:00`);
  }
  if (!current || at.getTime() <= current.getTime()) {
    throw invalid(`must be later than the current appointment ${current ? toVietnamIso(current) : '(none)'}`);
  }
  const { fromYear, toYear } = calendar.coverage;
  if (at.getTime() >= Date.UTC(toYear + 1, 0, 1) - VIETNAM_OFFSET_MS) {
    throw invalid(`must fall in the working calendar's years (${fromYear}–${toYear})`);
  }
  if (!isWorkingInstant(calendar, at)) {
    const next = nextWorkingInstant(calendar, at);
    throw new DossierException(
      DossierErrorCode.InvalidAppointment,
      `newAppointment: ${toVietnamIso(at)} không phải thời gian làm việc (cuối tuần, ngày nghỉ hoặc ngoài giờ ` +
        `hành chính); thời điểm hợp lệ gần nhất: ${next ? toVietnamIso(next) : '(ngoài lịch làm việc)'}`,
      { nextValid: next ? toVietnamIso(next) : null },
    );
  }
  return at;
}

/** The next opening of working time at or after `at`; null past the calendar's last year. */
export function nextWorkingInstant(calendar: WorkingCalendar, at: Date): Date | null {
  try {
    return calendar.clockStart(at, { cutoff: null });
  } catch {
    return null;
  }
}

/**
 * How an apology-and-extension stands against the appointment it moves (DOMAIN "Extensions"): owed at least one
 * working day before the appointment (`timely`); issued later, it is itself late (`late`); issued once the
 * appointment has passed, the dossier is already late (`after_deadline`).
 */
export type ApologyTiming = 'timely' | 'late' | 'after_deadline';

export function apologyTiming(calendar: WorkingCalendar, now: Date, currentDue: Date): ApologyTiming {
  if (now.getTime() > currentDue.getTime()) return 'after_deadline';
  return calendar.workingMinutesBetween(now, currentDue) >= MINUTES_PER_WORKING_DAY ? 'timely' : 'late';
}

export interface ExtensionPlan {
  /** The appointment the citizen is given (form 04, the portal's list). */
  appointment: Date;
  /** The appointment the dossier is judged against from now on. */
  dueAt: Date;
  apology: ApologyTiming;
}

/**
 * An extension issued before the appointment moves it; one issued after it gives the citizen a new date, but the
 * dossier stays judged against the appointment in force when it passed, so it can never count as on time.
 */
export function planExtension(
  calendar: WorkingCalendar,
  text: string | undefined,
  currentDue: Date | null,
  now: Date,
): ExtensionPlan {
  const appointment = newAppointment(text, currentDue, calendar);
  if (appointment.getTime() <= now.getTime()) {
    throw invalid(`must be later than now (${toVietnamIso(now)})`);
  }
  const apology = apologyTiming(calendar, now, currentDue!);
  return { appointment, dueAt: apology === 'after_deadline' ? currentDue! : appointment, apology };
}

const NEXT_MORNING_MS = 15 * 3_600_000;

/**
 * The appointments the console offers for an extension: the close of business of the next `count` working days
 * after `from` (the current appointment, or now when it has passed), each a valid new appointment.
 */
export function appointmentChoices(calendar: WorkingCalendar, from: Date, count: number): Date[] {
  const choices: Date[] = [];
  let at = from;
  try {
    while (choices.length < count) {
      const close = calendar.closeOfDay(at);
      if (close.getTime() > from.getTime()) choices.push(close);
      at = new Date(close.getTime() + NEXT_MORNING_MS);
    }
  } catch {
    // The calendar's last year ends the list.
  }
  return choices;
}
