import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CalendarYear, parseCalendarYear, WorkingCalendar } from '@motcua/calendar';
import {
  compileProcedure,
  defaultRegistry,
  type EngineRegistry,
  loadProcedures,
  parseOrg,
} from '@motcua/engine';
import { byPosition, type Lang, messagesFor, type SourceError } from '@motcua/source';
import type { Catalog, CatalogFile } from './catalog.types';

export interface CatalogLoadResult {
  catalog?: Catalog;
  errors: SourceError[];
  warnings: string[];
}

/**
 * Reads `org.yaml`, `procedures/*.yaml` and `calendars/*.yaml` under `dir` and hands them to the pure parsers.
 * Reports every problem of every file; a catalog is returned only when there are none.
 */
export interface CatalogLoadOptions {
  /** The language of the messages: Vietnamese unless told otherwise. */
  lang?: Lang;
}

export function loadCatalog(
  dir: string,
  registry: EngineRegistry = defaultRegistry,
  { lang }: CatalogLoadOptions = {},
): CatalogLoadResult {
  const m = messagesFor(lang);
  const errors: SourceError[] = [];
  const read = (path: string): CatalogFile | undefined => {
    const file = relative(process.cwd(), path) || path;
    try {
      return { file, text: readFileSync(path, 'utf8') };
    } catch (error) {
      errors.push({ file, line: 1, message: m.cannotRead((error as Error).message) });
      return undefined;
    }
  };
  const yamlFiles = (sub: string): CatalogFile[] => {
    const folder = join(dir, sub);
    let names: string[] = [];
    try {
      names = readdirSync(folder)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    } catch {
      errors.push({ file: relative(process.cwd(), folder) || folder, line: 1, message: m.folderNotFound() });
    }
    return names.map((n) => read(join(folder, n))).filter((f): f is CatalogFile => f !== undefined);
  };

  const orgFile = read(join(dir, 'org.yaml'));
  const parsedOrg = orgFile ? parseOrg(orgFile.text, orgFile.file, lang) : { errors: [] };
  errors.push(...parsedOrg.errors);

  const years: CalendarYear[] = [];
  for (const f of yamlFiles('calendars')) {
    const parsed = parseCalendarYear(f.text, f.file, lang);
    errors.push(...parsed.errors);
    if (parsed.year) years.push(parsed.year);
  }

  const procedureFiles = yamlFiles('procedures');
  if (procedureFiles.length === 0 && errors.length === 0) {
    errors.push({
      file: relative(process.cwd(), join(dir, 'procedures')),
      line: 1,
      message: m.noProcedureFiles(),
    });
  }
  const org = parsedOrg.org;
  const loaded = org
    ? loadProcedures(procedureFiles, { org, registry, lang })
    : { procedures: [], errors: [] };
  errors.push(...loaded.errors);

  if (!org || errors.length > 0) return { errors: errors.sort(byPosition), warnings: [] };

  // From the first year with a schedule to two years past the last: long enough for month-long limits.
  const known = years.map((y) => y.year);
  const { calendar, warnings } = WorkingCalendar.create({
    years,
    workingHours: org.center.workingHours,
    ...(known.length > 0 ? { fromYear: Math.min(...known), toYear: Math.max(...known) + 2 } : {}),
  });
  const sources = new Map(procedureFiles.map((f) => [f.file, f]));
  const procedures = loaded.procedures.map((definition) => ({
    definition,
    compiled: compileProcedure(definition, registry),
    source: sources.get(definition.file)!,
  }));
  return { catalog: { org, calendar, registry, procedures }, errors: [], warnings };
}
