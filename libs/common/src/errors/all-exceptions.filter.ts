import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppException, type ErrorBody } from './app.exception';
import { redactUrl } from '../logging/redact-url.rules';
import { ERROR_CATALOG, type ErrorCode } from './error-catalog.config';
import { isServiceUnavailable } from './unavailable.rules';

// What a client waiting out a database or Redis restart is told to wait, in seconds.
const RETRY_AFTER_S = 5;

const CODES: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

// Bodies the parsers refuse before the application sees them, by body-parser's error type.
const REFUSED_BODIES: Record<string, ErrorCode> = {
  'entity.parse.failed': 'MALFORMED_JSON',
  'entity.invalid.utf8': 'INVALID_UTF8',
  'entity.too.deep': 'JSON_TOO_DEEP',
};

const bodyOf = (code: ErrorCode): ErrorBody => ({ code, message: ERROR_CATALOG[code].en });

/**
 * Every error leaves as `{ code, message, details?, requestId }`. A lost or refused connection to PostgreSQL or
 * Redis is a 503 `SERVICE_UNAVAILABLE` with `Retry-After` (logged as a warning); only the unexpected are 500 and
 * logged with their stack.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const answered = exception instanceof AppException || exception instanceof HttpException;
    if (!answered && isServiceUnavailable(exception)) {
      this.logger.warn(`${request.method} ${redactUrl(request.url)}: ${(exception as Error).message}`);
      response.setHeader('Retry-After', String(RETRY_AFTER_S));
      this.send(response, request, HttpStatus.SERVICE_UNAVAILABLE, bodyOf('SERVICE_UNAVAILABLE'));
      return;
    }
    const { status, body } = this.describe(exception);
    const retryAfter = body.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    this.send(response, request, status, body);
  }

  private send(
    response: Response,
    request: Request & { id?: string },
    status: number,
    body: ErrorBody,
  ): void {
    response.status(status).json({ ...body, ...(request.id ? { requestId: String(request.id) } : {}) });
  }

  private describe(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof AppException) {
      const { code, message, details } = exception;
      return { status: exception.status, body: { code, message, ...(details ? { details } : {}) } };
    }
    if (exception instanceof HttpException) {
      const refused = REFUSED_BODIES[(exception.cause as { type?: string } | undefined)?.type ?? ''];
      if (refused === 'MALFORMED_JSON') {
        return { status: 400, body: bodyOf(refused) };
      }
      if (refused) return { status: 400, body: { code: refused, message: exception.message } };
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const message = typeof given.message === 'string' ? given.message : exception.message;
      const code = typeof given.code === 'string' ? given.code : (CODES[status] ?? `HTTP_${status}`);
      return { status, body: { code, message } };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: bodyOf('INTERNAL'),
    };
  }
}
