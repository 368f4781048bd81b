import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import express from 'express';

/** Nesting a request body may have; motcua's deepest body (a portal dossier) needs 4. */
export const MAX_JSON_DEPTH = 32;
/** The body limit of every route but the portal intake's. */
export const JSON_BODY_LIMIT = '100kb';

export interface BodyRefusal {
  type: 'entity.invalid.utf8' | 'entity.too.deep';
  message: string;
}

const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deep the arrays and objects of a JSON text nest, counted on its bytes (strings skipped), up to `stopAt`. */
export function jsonDepth(bytes: Buffer, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length && deepest <= stopAt; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) deepest = Math.max(deepest, ++depth);
    else if (CLOSE.has(byte)) depth--;
  }
  return deepest;
}

/**
 * Why a JSON body is refused before it is parsed, or null: bytes that are not UTF-8 (a parser would turn them into
 * U+FFFD and store a changed name), or nesting deeper than MAX_JSON_DEPTH (a 10,000-deep array parses, then
 * overflows the stack of whatever walks it). Pure.
 */
export function refuseJsonBody(bytes: Buffer, maxDepth = MAX_JSON_DEPTH): BodyRefusal | null {
  if (!isUtf8(bytes)) {
    return { type: 'entity.invalid.utf8', message: 'the request body is not valid UTF-8' };
  }
  if (jsonDepth(bytes, maxDepth) > maxDepth) {
    return {
      type: 'entity.too.deep',
      message: `the request body nests arrays and objects more than ${maxDepth} levels deep`,
    };
  }
  return null;
}

/** body-parser's `verify`: throws a 400 carrying the refusal's type, which the error filter turns into a code. */
export function verifyJsonBody(_req: IncomingMessage, _res: unknown, bytes: Buffer): void {
  const refusal = refuseJsonBody(bytes);
  if (refusal) throw Object.assign(new Error(refusal.message), { status: 400, type: refusal.type });
}

/**
 * The application's JSON parser (Express's, with the checks above). Named `jsonParser` so that Nest, finding it,
 * does not install its own.
 */
export function jsonBodyParser(): RequestHandler {
  const parse = express.json({ limit: JSON_BODY_LIMIT, verify: verifyJsonBody });
  return function jsonParser(req, res, next) {
    parse(req, res, next);
  };
}
