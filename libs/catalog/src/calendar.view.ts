import { ApiProperty } from '@nestjs/swagger';
import type { WorkingCalendar, YearSchedule } from '@motcua/calendar';

export class CalendarYearView {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({
    enum: ['official', 'provisional'],
    description: "provisional: derived by the Labor Code until the government's notice is out",
  })
  status!: YearSchedule['status'];
  @ApiProperty({
    enum: ['file', 'derived'],
    description: 'file: workflows/calendars/<year>.yaml; derived: no file',
  })
  origin!: YearSchedule['origin'];
  @ApiProperty({ type: String, nullable: true, description: 'the instruments the schedule comes from' })
  source!: string | null;
  @ApiProperty({ description: 'digest of the days off, make-up days and hours; changes when they do' })
  fingerprint!: string;
}

export class CalendarView {
  @ApiProperty({ example: 2025 }) fromYear!: number;
  @ApiProperty({ example: 2029 }) toYear!: number;
  @ApiProperty({ type: [Number], description: 'the provisional years, for a banner', example: [2027, 2028] })
  provisionalYears!: number[];
  @ApiProperty({ type: [CalendarYearView] }) years!: CalendarYearView[];
}

export class CalendarDayView {
  @ApiProperty({ example: '2027-02-05' }) date!: string;
  @ApiProperty({ example: 'Thứ Sáu' }) weekday!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['holiday', 'compensatory', 'swap'] }) kind!: string;
}

export class CalendarYearDetailView extends CalendarYearView {
  @ApiProperty({ type: [CalendarDayView], description: 'weekdays off' }) daysOff!: CalendarDayView[];
  @ApiProperty({ type: [CalendarDayView], description: 'make-up working Saturdays or Sundays' })
  workingDays!: Omit<CalendarDayView, 'kind'>[];
}

const yearView = ({ year, status, origin, source, fingerprint }: YearSchedule): CalendarYearView => ({
  year,
  status,
  origin,
  source,
  fingerprint,
});

export function toCalendarView(calendar: WorkingCalendar): CalendarView {
  const years = calendar.schedules().map(yearView);
  return {
    ...calendar.coverage,
    provisionalYears: years.filter((y) => y.status === 'provisional').map((y) => y.year),
    years,
  };
}

export const toCalendarYearDetail = (calendar: WorkingCalendar, year: number): CalendarYearDetailView => ({
  ...yearView(calendar.schedule(year)),
  daysOff: calendar.nonWorkingDays(year),
  workingDays: calendar.makeUpDays(year),
});
