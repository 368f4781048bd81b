import { byPosition, messagesFor, type SourceError } from '@motcua/source';
import { checkEffectiveDates } from './procedure-effective';
import { readProcedure } from './procedure-parser';
import type { ProcedureDefinition } from './procedure.types';
import type { ValidationContext } from './procedure-validator';

export interface ProcedureFile {
  file: string;
  text: string;
}

/**
 * Parses every file and checks them against each other. Only definitions free of errors are returned;
 * of two files defining the same (code, version), the first keeps it and the second is reported.
 */
export function loadProcedures(
  files: ProcedureFile[],
  ctx: ValidationContext,
): { procedures: ProcedureDefinition[]; errors: SourceError[] } {
  const procedures: ProcedureDefinition[] = [];
  const m = messagesFor(ctx.lang);
  const errors: SourceError[] = [];
  const first = new Map<string, string>();
  const lines = new Map<ProcedureDefinition, number>();
  for (const { file, text } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const parsed = readProcedure(text, file, ctx);
    errors.push(...parsed.errors);
    if (!parsed.procedure) continue;
    const { code, version } = parsed.procedure;
    const key = `${code}@${version}`;
    const seen = first.get(key);
    if (seen !== undefined) {
      errors.push({
        file,
        line: parsed.codeLine,
        message: m.duplicateVersion(code, version, seen),
      });
      continue;
    }
    first.set(key, file);
    procedures.push(parsed.procedure);
    lines.set(parsed.procedure, parsed.effectiveLine);
  }
  const codes = new Set(procedures.map((p) => p.code));
  for (const code of codes) {
    const versions = procedures
      .filter((p) => p.code === code)
      .map((p) => ({ procedure: p, line: lines.get(p)! }));
    const problems = checkEffectiveDates(versions, m);
    errors.push(...problems);
    // A version whose date is wrong is not loaded, so that no dossier starts on it.
    const refused = new Set(problems.map((e) => e.file));
    for (let i = procedures.length - 1; i >= 0; i--)
      if (procedures[i].code === code && refused.has(procedures[i].file)) procedures.splice(i, 1);
  }
  return { procedures, errors: errors.sort(byPosition) };
}
