import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { type Messages, RULE_KEYS, type RuleKey } from './message-catalog';
import type { SourceError } from './source-error';
import { nearest } from './suggest';
import type { SourcePath, YamlSource } from './yaml-source';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });

export type SchemaCheck = (source: YamlSource) => SourceError[];

/** How a message names the value at a path; `label` is the default (`steps[1].owner`). */
export type PathLabel = (path: SourcePath, source: YamlSource) => string;

/**
 * Compiles a JSON Schema into a check whose errors carry the file and line of the offending value, in the
 * source's language. A `pattern`'s `description` names a rule of the message catalog (`code`, `unitId`, …).
 */
export function schemaCheck(schema: object, describe: PathLabel = label): SchemaCheck {
  const validate: ValidateFunction = ajv.compile(schema);
  return (source) => {
    if (validate(source.data)) return [];
    return dedupe(
      (validate.errors ?? []).filter(isReportable).map((e) => toSourceError(source, e, describe)),
    );
  };
}

const pathOf = (pointer: string): SourcePath =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export const label: PathLabel = (path) =>
  path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );

// oneOf/anyOf wrappers repeat what their branches already said.
const isReportable = (e: ErrorObject): boolean =>
  e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if';

const isRuleKey = (value: unknown): value is RuleKey => RULE_KEYS.some((k) => k === value);

/** `1,5` where a number is expected: YAML reads the text "1,5", the author meant 1.5. */
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const wantsNumber = (e: ErrorObject): boolean => String(e.params.type).split(',').includes('number');

function toSourceError(source: YamlSource, e: ErrorObject, describe: PathLabel): SourceError {
  const m: Messages = source.messages;
  const path = pathOf(e.instancePath);
  const where = describe(path, source) || 'file';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const fields = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      const match = nearest(key, fields);
      const hint = match ? m.didYouMean(match) : '';
      return {
        file: source.file,
        line: source.lineOfKey(path, key),
        message: m.unknownField(where, key, hint),
      };
    }
    case 'required':
      return source.error(path, m.missingField(where, String(e.params.missingProperty)));
    case 'enum':
      return source.error(
        path,
        m.oneOf(where, (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')),
      );
    case 'pattern': {
      const rule = e.parentSchema?.description;
      return source.error(
        path,
        m.rule(where, isRuleKey(rule) ? m.rules[rule] : (rule ?? `must match ${String(e.params.pattern)}`)),
      );
    }
    case 'type':
      if (typeof e.data === 'string' && DECIMAL_COMMA.test(e.data.trim()) && wantsNumber(e))
        return source.error(path, m.decimalComma(where, e.data.trim()));
      return source.error(path, m.schema(where, e.keyword, e.params, e.message ?? e.keyword));
    default:
      return source.error(path, m.schema(where, e.keyword, e.params, e.message ?? e.keyword));
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
