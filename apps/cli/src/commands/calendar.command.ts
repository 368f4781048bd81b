import { parseArgs } from 'node:util';
import { loadCatalog } from '@motcua/catalog';
import { formatSourceError } from '@motcua/source';
import { type Command, UsageError } from '../cli.types';

export const calendar: Command = (args, io) => {
  const { values } = parseArgs({
    args,
    options: { year: { type: 'string' }, dir: { type: 'string' }, json: { type: 'boolean' } },
  });
  const year = Number(values.year);
  if (!values.year || !Number.isInteger(year)) throw new UsageError('calendar needs --year <yyyy>');
  const { catalog, errors, warnings } = loadCatalog(values.dir ?? io.workflowsDir);
  if (!catalog) {
    errors.forEach((e) => io.err(formatSourceError(e)));
    return 1;
  }
  const { fromYear, toYear } = catalog.calendar.coverage;
  if (year < fromYear || year > toYear)
    throw new UsageError(`--year: the calendar covers ${fromYear}–${toYear}`);
  warnings.filter((w) => w.includes(String(year))).forEach((w) => io.err(`warning: ${w}`));
  const days = catalog.calendar.nonWorkingDays(year);
  if (values.json) io.out(JSON.stringify(days));
  else days.forEach((d) => io.out(`${d.date}  ${d.weekday}  ${d.kind.padEnd(12)}  ${d.reason}`));
  return 0;
};
