import { schemaCheck } from '@motcua/source';
import { byPosition, YamlSource, type SourceError } from '@motcua/source';
import { validateGraph } from './procedure.graph';
import { normalizeProcedure } from './procedure.normalizer';
import { procedureSchema } from './procedure.schema';
import type { ProcedureDefinition } from './procedure.types';
import { validateItems, type ValidationContext } from './procedure.validator';

const checkSchema = schemaCheck(procedureSchema);

export interface ParsedProcedure {
  procedure?: ProcedureDefinition;
  errors: SourceError[];
  /** The line of `code`, for errors that involve several files. */
  codeLine: number;
}

export function readProcedure(text: string, file: string, ctx: ValidationContext): ParsedProcedure {
  const { source, errors } = YamlSource.parse(text, file);
  if (!source) return { errors, codeLine: 1 };
  const normalized = normalizeProcedure(source);
  const items = validateItems(source, normalized, ctx);
  const graph = normalized.complete && !items.structural ? validateGraph(source, normalized.definition) : [];
  const problems = [...checkSchema(source), ...items.errors, ...graph].sort(byPosition);
  const codeLine = source.lineOf(['code']);
  return problems.length
    ? { errors: problems, codeLine }
    : { procedure: normalized.definition, errors: [], codeLine };
}

/** Parses and validates one procedure file; the definition is returned only when the file has no error. */
export function parseProcedure(
  text: string,
  file: string,
  ctx: ValidationContext,
): { procedure?: ProcedureDefinition; errors: SourceError[] } {
  const { procedure, errors } = readProcedure(text, file, ctx);
  return procedure ? { procedure, errors } : { errors };
}
