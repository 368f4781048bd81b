import type { Shift } from './shift';

/** `holiday`: a public holiday; `compensatory`: off instead of a holiday on a weekend; `swap`: off in exchange for a make-up day. */
export type DayOffKind = 'holiday' | 'compensatory' | 'swap';

/** Days off from `from` to `to` inclusive (`yyyy-mm-dd`); one day when they are equal. */
export interface DayOff {
  from: string;
  to: string;
  name: string;
  kind: DayOffKind;
}

/** A make-up working day, usually a Saturday. */
export interface MakeUpDay {
  date: string;
  name: string;
}

/** `official`: the government's notice; `provisional`: derived by the Labor Code until the notice is out. */
export type CalendarYearStatus = 'official' | 'provisional';

/** The government's schedule for one year, as read from `workflows/calendars/<year>.yaml`. */
export interface CalendarYear {
  year: number;
  /** Absent: official. */
  status?: CalendarYearStatus;
  source?: string;
  workingHours?: Shift[];
  daysOff: DayOff[];
  workingDays: MakeUpDay[];
}
