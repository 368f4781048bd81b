import { AppException } from '@motcua/common';

export enum IdentityErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  Unauthenticated = 'UNAUTHENTICATED',
  ForbiddenRole = 'FORBIDDEN_ROLE',
  UnknownUnit = 'UNKNOWN_UNIT',
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

export class IdentityException extends AppException<IdentityErrorCode> {}
