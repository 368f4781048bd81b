import { HttpStatus } from '@nestjs/common';

/**
 * Base of every domain exception: a stable machine-readable `code`, a human message, the HTTP status,
 * and optional details (field errors, allowed actions, the current version).
 */
export class AppException extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: HttpStatus,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
  requestId?: string;
}
