import { errorText, isRetryable } from './error.messages';

/** An error the api answered, its message in Vietnamese from its stable code (never the api's English). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    serverMessage?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(errorText({ status, code, message: serverMessage, details }));
  }

  /** Whether trying again may help (the network or the server), so that a "Thử lại" button makes sense. */
  get retryable(): boolean {
    return isRetryable(this.status);
  }
}
