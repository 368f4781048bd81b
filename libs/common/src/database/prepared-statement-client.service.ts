import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

/** Distinct statement texts given a name; past this, a text runs unnamed (planned each time, as before). */
export const PREPARED_STATEMENT_LIMIT = 1000;

const names = new Map<string, string>();

/**
 * The name a parameterised statement is prepared under: the same text always gets the same name, so each
 * connection parses it once and PostgreSQL may keep its plan. Undefined once the limit of distinct texts is
 * reached (dynamic SQL such as a report's filters must not grow the server's statement cache without end).
 */
export function preparedStatementName(text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= PREPARED_STATEMENT_LIMIT) return known;
  const name = `m${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
  names.set(text, name);
  return name;
}

/**
 * The pool's connection class: a statement sent with parameters (every TypeORM query and every repository's
 * SQL) runs as a named prepared statement. A statement without parameters keeps the simple protocol, which
 * allows several statements in one text (the migrations).
 */
export class PreparedStatementClientService extends Client {
  override query(...args: unknown[]): never {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = preparedStatementName(text);
      if (name) {
        const config: QueryConfig = { name, text, values };
        args = typeof callback === 'function' ? [config, callback] : [config];
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
