import { HttpStatus } from '@nestjs/common';
import { AppException } from '@motcua/common';

export enum IdentityErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  Unauthenticated = 'UNAUTHENTICATED',
  ForbiddenRole = 'FORBIDDEN_ROLE',
  UnitNotFound = 'UNIT_NOT_FOUND',
  ForbiddenUnit = 'FORBIDDEN_UNIT',
  LoginThrottled = 'LOGIN_THROTTLED',
  ThrottleUnavailable = 'SERVICE_UNAVAILABLE',
  PasswordChangeRequired = 'PASSWORD_CHANGE_REQUIRED',
  WeakPassword = 'WEAK_PASSWORD',
  WrongCurrentPassword = 'WRONG_CURRENT_PASSWORD',
  PasswordUnchanged = 'PASSWORD_UNCHANGED',
  UserNotFound = 'USER_NOT_FOUND',
  SystemAccount = 'SYSTEM_ACCOUNT',
  SelfDeactivation = 'CANNOT_DEACTIVATE_SELF',
}

const STATUS: Record<IdentityErrorCode, HttpStatus> = {
  [IdentityErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.ForbiddenRole]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.UnitNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.ForbiddenUnit]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.LoginThrottled]: HttpStatus.TOO_MANY_REQUESTS,
  [IdentityErrorCode.ThrottleUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [IdentityErrorCode.PasswordChangeRequired]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.WeakPassword]: HttpStatus.BAD_REQUEST,
  [IdentityErrorCode.WrongCurrentPassword]: HttpStatus.BAD_REQUEST,
  [IdentityErrorCode.PasswordUnchanged]: HttpStatus.BAD_REQUEST,
  [IdentityErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.SystemAccount]: HttpStatus.CONFLICT,
  [IdentityErrorCode.SelfDeactivation]: HttpStatus.CONFLICT,
};

/** Answers `{ code, message, details? }` with the status of its code. */
export class IdentityException extends AppException {
  constructor(
    override readonly code: IdentityErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(code, message, STATUS[code], details);
  }

  /** Seconds the client should wait before trying again (429 and 503), if any. */
  get retryAfterSeconds(): number | undefined {
    const value = this.details?.retryAfterSeconds;
    return typeof value === 'number' ? value : undefined;
  }
}
