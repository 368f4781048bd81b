import type { Messages, SourceError } from '@motcua/source';
import type { ProcedureDefinition } from './procedure.types';

/** A version and the line its errors point at. */
export interface LoadedVersion {
  procedure: ProcedureDefinition;
  line: number;
}

const instantOf = (p: ProcedureDefinition): number => Date.parse(p.effectiveFrom ?? '');

/**
 * Versions of one code that say when they take effect must take effect one after the other, a higher version
 * later: two at the same instant, or a higher one before a lower one, would leave new dossiers on a version
 * nobody meant. A version without `effectiveFrom` takes effect when it is loaded, so it is not compared.
 */
export function checkEffectiveDates(versions: LoadedVersion[], m: Messages): SourceError[] {
  const dated = versions
    .filter((v) => v.procedure.effectiveFrom !== undefined && !Number.isNaN(instantOf(v.procedure)))
    .sort((a, b) => a.procedure.version - b.procedure.version);
  const errors: SourceError[] = [];
  dated.forEach((later, i) => {
    const p = later.procedure;
    const at = { file: p.file, line: later.line };
    const same = dated.find((other, j) => j < i && instantOf(other.procedure) === instantOf(p));
    if (same) {
      const o = same.procedure;
      errors.push({ ...at, message: m.effectiveTwice(p.code, p.effectiveFrom!, o.version, o.file) });
      return;
    }
    const lower = dated.slice(0, i).find((other) => instantOf(other.procedure) > instantOf(p));
    if (lower) {
      const o = lower.procedure;
      errors.push({
        ...at,
        message: m.effectiveOrder(p.code, p.version, p.effectiveFrom!, o.version, o.effectiveFrom!),
      });
    }
  });
  return errors;
}
