import { label, type PathLabel, schemaCheck } from '@motcua/source';
import { stringAt, valueAt } from './data.util';
import { byPosition, YamlSource, type SourceError } from '@motcua/source';
import { validateGraph } from './procedure.graph';
import { normalizeProcedure } from './procedure.normalizer';
import { procedureSchema } from './procedure.schema';
import type { ProcedureDefinition } from './procedure.types';
import { validateItems, type ValidationContext } from './procedure.validator';

/** `steps[1].owner` is named as the ISO table names it: `bước 2 (appraise).owner`. */
const stepLabel: PathLabel = (path, source) => {
  const [head, index, ...rest] = path;
  if (head !== 'steps' || typeof index !== 'number') return label(path, source);
  const id = stringAt(valueAt(source.data, ['steps', index]), 'id');
  const step = source.messages.step({ n: index + 1, id: id ?? '' });
  return rest.length ? `${step}.${label(rest, source)}` : step;
};

const checkSchema = schemaCheck(procedureSchema, stepLabel);

export interface ParsedProcedure {
  procedure?: ProcedureDefinition;
  errors: SourceError[];
  /** The line of `code`, for errors that involve several files. */
  codeLine: number;
  /** The line of `effectiveFrom` (of `version` without it), for errors between versions. */
  effectiveLine: number;
}

export function readProcedure(text: string, file: string, ctx: ValidationContext): ParsedProcedure {
  const { source, errors } = YamlSource.parse(text, file, ctx.lang);
  if (!source) return { errors, codeLine: 1, effectiveLine: 1 };
  const normalized = normalizeProcedure(source);
  const items = validateItems(source, normalized, ctx);
  const graph = normalized.complete && !items.structural ? validateGraph(source, normalized.definition) : [];
  const problems = [...checkSchema(source), ...items.errors, ...graph].sort(byPosition);
  const codeLine = source.lineOf(['code']);
  const effectiveLine = source.lineOf([normalized.definition.effectiveFrom ? 'effectiveFrom' : 'version']);
  return problems.length
    ? { errors: problems, codeLine, effectiveLine }
    : { procedure: normalized.definition, errors: [], codeLine, effectiveLine };
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
