import { basename } from 'node:path';
import { byPosition, type Lang, schemaCheck, YamlSource, type SourceError } from '@motcua/source';
import type { CalendarYear, CalendarYearStatus, DayOffKind, MakeUpDay } from './calendar-year';
import { calendarYearProblems } from './calendar-year.rules';
import { calendarYearSchema } from './calendar-year-schema';
import type { Shift } from './shift';

interface RawDayOff {
  date?: string;
  from?: string;
  to?: string;
  name: string;
  kind: DayOffKind;
}

interface RawCalendarYear {
  year: number;
  status?: CalendarYearStatus;
  source?: string;
  workingHours?: Shift[];
  daysOff: RawDayOff[];
  workingDays?: MakeUpDay[];
}

const checkSchema = schemaCheck(calendarYearSchema);

/** Reads one `workflows/calendars/<year>.yaml`; every problem comes back with its file and line. */
export function parseCalendarYear(
  text: string,
  file: string,
  lang?: Lang,
): { year?: CalendarYear; errors: SourceError[] } {
  const { source, errors: syntaxErrors } = YamlSource.parse(text, file, lang);
  if (!source) return { errors: syntaxErrors };
  const schemaErrors = checkSchema(source);
  if (schemaErrors.length > 0) return { errors: schemaErrors };

  const raw = source.data as RawCalendarYear;
  const errors = [...shapeErrors(source, raw), ...fileNameErrors(source, raw)];
  if (errors.length > 0) return { errors: errors.sort(byPosition) };

  const year: CalendarYear = {
    year: raw.year,
    ...(raw.status === undefined ? {} : { status: raw.status }),
    ...(raw.source === undefined ? {} : { source: raw.source }),
    ...(raw.workingHours === undefined ? {} : { workingHours: raw.workingHours }),
    daysOff: raw.daysOff.map((off) => ({
      from: off.date ?? (off.from as string),
      to: off.date ?? (off.to as string),
      name: off.name,
      kind: off.kind,
    })),
    workingDays: raw.workingDays ?? [],
  };
  const fieldOf = (i: number, bound: 'from' | 'to') => (raw.daysOff[i].date === undefined ? bound : 'date');
  const problems = calendarYearProblems(year, fieldOf, source.messages).map((p) =>
    source.error(p.path, p.message),
  );
  return problems.length > 0 ? { errors: problems.sort(byPosition) } : { year, errors: [] };
}

function shapeErrors(source: YamlSource, raw: RawCalendarYear): SourceError[] {
  return raw.daysOff.flatMap((off, i) => {
    const hasRange = off.from !== undefined || off.to !== undefined;
    if (off.date !== undefined && hasRange) {
      return [source.error(['daysOff', i], source.messages.dayOffBoth(i))];
    }
    if (off.date === undefined && (off.from === undefined || off.to === undefined)) {
      return [source.error(['daysOff', i], source.messages.dayOffNeeds(i))];
    }
    return [];
  });
}

function fileNameErrors(source: YamlSource, raw: RawCalendarYear): SourceError[] {
  const named = /^(\d{4})\.ya?ml$/.exec(basename(source.file));
  if (!named || Number(named[1]) === raw.year) return [];
  return [source.error(['year'], source.messages.yearFileName(raw.year, basename(source.file)))];
}
