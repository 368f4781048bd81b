import { HttpException, HttpStatus } from '@nestjs/common';

export enum IdentityErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  Unauthenticated = 'UNAUTHENTICATED',
  ForbiddenRole = 'FORBIDDEN_ROLE',
  UnitNotFound = 'UNIT_NOT_FOUND',
  ForbiddenUnit = 'FORBIDDEN_UNIT',
}

const STATUS: Record<IdentityErrorCode, HttpStatus> = {
  [IdentityErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.ForbiddenRole]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.UnitNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.ForbiddenUnit]: HttpStatus.FORBIDDEN,
};

/** Answers `{ code, message }` with the status of its code. */
export class IdentityException extends HttpException {
  constructor(
    readonly code: IdentityErrorCode,
    message: string,
  ) {
    super({ code, message }, STATUS[code]);
  }
}
