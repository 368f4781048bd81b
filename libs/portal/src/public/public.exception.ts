import { AppException } from '@motcua/common';

export enum PublicErrorCode {
  // The generic code: a wrong key must not be told apart from a code that does not exist.
  NotFound = 'NOT_FOUND',
  RateLimited = 'RATE_LIMITED',
  ResultNotReturned = 'RESULT_NOT_RETURNED',
  AlreadyRated = 'ALREADY_RATED',
}

export class PublicException extends AppException<PublicErrorCode> {}

/** One instance of the message for every miss, so that the bodies are identical. */
export const notFound = (): PublicException =>
  new PublicException(PublicErrorCode.NotFound, 'no dossier with this code and key');
