import { ERROR_CATALOG, type ErrorCode } from './error-catalog.config';

/**
 * Base of every domain exception: a stable machine-readable `code` of the catalog, which gives the HTTP status, a
 * message (the catalog's English by default) and optional details (field errors, allowed actions, the current
 * version, the seconds to wait). A domain narrows the codes it throws: `class XException extends AppException<XCode>`.
 */
export class AppException<C extends ErrorCode = ErrorCode> extends Error {
  readonly status: number;

  constructor(
    readonly code: C,
    message: string = ERROR_CATALOG[code].en,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = ERROR_CATALOG[code].status;
  }

  /** Seconds the client should wait before trying again (429 and 503), if any. */
  get retryAfterSeconds(): number | undefined {
    const value = this.details?.retryAfterSeconds;
    return typeof value === 'number' ? value : undefined;
  }
}

export interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
  requestId?: string;
}
