import { label, type PathLabel, schemaCheck } from '@motcua/source';
import { stringAt, valueAt } from './raw-data';
import { byPosition, YamlSource, type SourceError } from '@motcua/source';
import { validateGraph } from './procedure-graph';
import { normalizeProcedure } from './procedure-normalizer';
import { procedureSchema } from './procedure-schema';
import type { ProcedureDefinition } from './procedure.types';
import { validateItems, type ValidationContext } from './procedure-validator';
import { stepRefAt } from './step-number';

/**
 * `steps[1].owner` is named as the ISO table names it: `bước 2 (appraise).owner`; a branch step's
 * `steps[1].branches[0].steps[2].owner` as `bước 2.1.3 (register).owner`.
 */
const stepLabel: PathLabel = (path, source) => {
  const [head, index, ...rest] = path;
  if (head !== 'steps' || typeof index !== 'number') return label(path, source);
  const [branches, b, steps, k, ...inner] = rest;
  const inBranch =
    branches === 'branches' && typeof b === 'number' && steps === 'steps' && typeof k === 'number';
  const at = inBranch ? ['steps', index, 'branches', b, 'steps', k] : ['steps', index];
  const id = stringAt(valueAt(source.data, at), 'id');
  const step = source.messages.step(stepRefAt(at, id ?? ''));
  const tail = inBranch ? inner : rest;
  return tail.length ? `${step}.${label(tail, source)}` : step;
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
