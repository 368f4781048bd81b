export { workingMinutes, isWorkingUnit, MINUTES_PER_WORKING_DAY } from './time-limit';
export type { WorkingUnit, LimitUnit, TimeLimit } from './time-limit';
export { DEFAULT_WORKING_HOURS, shiftProblems } from './shift';
export type { Shift, ShiftProblem } from './shift';
export type { CalendarYear, DayOff, DayOffKind, MakeUpDay } from './calendar-year';
export { parseCalendarYear } from './calendar-year.parser';
export { WorkingCalendar, DEFAULT_CUTOFF } from './working-calendar';
export type { WorkingCalendarOptions, ClockOptions, NonWorkingDay, NonWorkingKind } from './working-calendar';
export { toVietnamIso, parseInstant, VIETNAM_OFFSET_MS } from './vietnam-time';
