import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogLevel } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { Level } from 'pino';
import type { Options } from 'pino-http';
import { type LogFormat, requestLogLevel } from './log-format.rules';
import { redactUrl } from './redact-url.rules';
import { assignRequestId } from './request-id.rules';

const PINO_LEVELS: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** The pino level of a Nest log level (LOG_LEVEL uses Nest's names). */
export const pinoLevel = (level: LogLevel): Level => PINO_LEVELS[level];

/**
 * Secrets never written to a log line: the bearer token, cookies, a portal client's key and signature, the
 * metrics token, and any `password` up to three levels deep. Query strings are handled by redactUrl.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-signature"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  '*.*.password',
  '*.*.*.password',
];

// Polled by probes and scrapers: a line per poll would drown the rest.
const HEALTH = /^\/(?:health|metrics)(?:[/?]|$)/;

/**
 * Readable lines for a terminal (pino-pretty in pino's transport thread): time, level, the Nest context, the
 * message; a request as `GET /api/dossiers 200 12ms`. Redaction happens before the transport, as for JSON.
 */
const PRETTY: Options['transport'] = {
  target: 'pino-pretty',
  options: {
    colorize: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime,reqId',
    messageFormat: '{if context}[{context}] {end}{msg}',
    singleLine: true,
  },
};

// Nest's start-up inventory (a line per module and per route): for the JSON record, not for a person at a terminal.
const BOOT_INVENTORY = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);
const INFO = 30;

// Express rewrites req.url below a mount point; originalUrl is what the client asked for.
const requestPath = (req: IncomingMessage & { originalUrl?: string }) => req.originalUrl ?? req.url;

/**
 * pino-http's options: a record per log call and per finished request (not /health, which is polled); JSON
 * lines, or readable lines in a terminal (see resolveLogFormat).
 */
export function httpLoggingOptions(level: LogLevel, format: LogFormat = 'json'): Options {
  return {
    level: pinoLevel(level),
    ...(format === 'pretty' && {
      transport: PRETTY,
      hooks: {
        logMethod(args, write, level) {
          const context = (args[0] as { context?: unknown } | undefined)?.context;
          if (level === INFO && typeof context === 'string' && BOOT_INVENTORY.has(context)) return;
          write.apply(this, args);
        },
      },
      customSuccessMessage: (req: IncomingMessage, res: ServerResponse, ms: number) =>
        `${req.method} ${redactUrl(requestPath(req))} ${res.statusCode} ${Math.round(ms)}ms`,
      customErrorMessage: (req: IncomingMessage, res: ServerResponse) =>
        `${req.method} ${redactUrl(requestPath(req))} ${res.statusCode}`,
    }),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: assignRequestId,
    // The URL without the values of its query (search terms, lookup keys), and no separate copy of the query.
    serializers: {
      req: (req: { url?: string; query?: unknown }) => ({
        ...req,
        url: redactUrl(req.url),
        query: undefined,
      }),
    },
    // Logs made while serving a request carry its id; the request itself is logged once, when it ends.
    quietReqLogger: true,
    autoLogging: { ignore: (req: IncomingMessage) => HEALTH.test(req.url ?? '') },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      requestLogLevel(format, res.statusCode, Boolean(error)),
  };
}

export const loggingParams = (level: LogLevel, format: LogFormat = 'json'): Params => ({
  pinoHttp: httpLoggingOptions(level, format),
});
