import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum PublicErrorCode {
  // The generic code: a wrong key must not be told apart from a code that does not exist.
  NotFound = 'NOT_FOUND',
  RateLimited = 'RATE_LIMITED',
  ResultNotReturned = 'RESULT_NOT_RETURNED',
  AlreadyRated = 'ALREADY_RATED',
}

const STATUS: Record<PublicErrorCode, HttpStatus> = {
  [PublicErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [PublicErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [PublicErrorCode.ResultNotReturned]: HttpStatus.CONFLICT,
  [PublicErrorCode.AlreadyRated]: HttpStatus.CONFLICT,
};

export class PublicException extends AppException {
  constructor(code: PublicErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}

/** One instance of the message for every miss, so that the bodies are identical. */
export const notFound = (): PublicException =>
  new PublicException(PublicErrorCode.NotFound, 'no dossier with this code and key');
