import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { SourceError } from './source-error';
import type { SourcePath, YamlSource } from './yaml-source';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });

export type SchemaCheck = (source: YamlSource) => SourceError[];

/** Compiles a JSON Schema into a check whose errors carry the file and line of the offending value. */
export function schemaCheck(schema: object): SchemaCheck {
  const validate: ValidateFunction = ajv.compile(schema);
  return (source) => {
    if (validate(source.data)) return [];
    return dedupe((validate.errors ?? []).filter(isReportable).map((e) => toSourceError(source, e)));
  };
}

const pathOf = (pointer: string): SourcePath =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

const label = (path: SourcePath): string =>
  path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );

// oneOf/anyOf wrappers repeat what their branches already said.
const isReportable = (e: ErrorObject): boolean =>
  e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if';

function toSourceError(source: YamlSource, e: ErrorObject): SourceError {
  const path = pathOf(e.instancePath);
  const where = label(path) || 'file';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      return {
        file: source.file,
        line: source.lineOfKey(path, key),
        message: `${where}: unknown field '${key}'`,
      };
    }
    case 'required':
      return source.error(path, `${where}: missing required field '${String(e.params.missingProperty)}'`);
    case 'enum':
      return source.error(
        path,
        `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      );
    case 'pattern':
      return source.error(
        path,
        `${where}: ${e.parentSchema?.description ?? `must match ${String(e.params.pattern)}`}`,
      );
    default:
      return source.error(path, `${where}: ${e.message ?? e.keyword}`);
  }
}

function dedupe(errors: SourceError[]): SourceError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
