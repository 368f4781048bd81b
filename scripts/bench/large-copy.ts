import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | Date | null | undefined | object;

const SPECIAL = /[\\\t\n\r]/;
const escape = (text: string): string =>
  SPECIAL.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) =>
        c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\\\',
      )
    : text;

// COPY text format: \N for null, backslash escapes for the separators.
function cell(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escape(value);
  if (value instanceof Date) return value.toISOString();
  return escape(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** One row of COPY text, newline included. */
export const line = (cells: Cell[]): string => cells.map(cell).join('\t') + '\n';

/** A Postgres text array literal of plain identifiers (unit ids). */
export const textArray = (items: string[]): string => `{${items.join(',')}}`;

/** One COPY … FROM STDIN into `table`, fed row by row, honouring back-pressure. */
export class CopyWriter {
  private readonly input = new PassThrough({ highWaterMark: 1 << 20 });
  private readonly done: Promise<void>;
  private buffer: string[] = [];
  rows = 0;

  constructor(client: Client, table: string, columns: string[]) {
    const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)) as Writable;
    this.done = pipeline(this.input, sink);
  }

  async row(values: Cell[]): Promise<void> {
    this.buffer.push(values.map(cell).join('\t'));
    this.rows++;
    if (this.buffer.length >= 2000) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    if (!this.input.write(chunk)) await once(this.input, 'drain');
  }

  /** Rows already in COPY text (each ending in a newline). */
  async raw(text: string, rows: number): Promise<void> {
    await this.flush();
    this.rows += rows;
    if (text && !this.input.write(text)) await once(this.input, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.input.end();
    await this.done;
  }
}
