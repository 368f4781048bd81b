import { AppException } from '@motcua/common';

export enum ReviewPackErrorCode {
  BadYear = 'BAD_YEAR',
  UnknownAgency = 'UNKNOWN_AGENCY',
  ForbiddenUnit = 'FORBIDDEN_UNIT',
  ForbiddenRole = 'FORBIDDEN_ROLE',
}

export class ReviewPackException extends AppException<ReviewPackErrorCode> {
  static badYear(year: string): ReviewPackException {
    return new ReviewPackException(
      ReviewPackErrorCode.BadYear,
      `Năm xem xét không hợp lệ (${year}): nhập năm bốn chữ số, từ năm 2000 đến năm hiện tại`,
      { year },
    );
  }

  static unknownAgency(agency: string): ReviewPackException {
    return new ReviewPackException(
      ReviewPackErrorCode.UnknownAgency,
      `Không tìm thấy cơ quan “${agency}” trong danh mục đơn vị`,
      { agency },
    );
  }

  static forbiddenAgency(agency: string): ReviewPackException {
    return new ReviewPackException(
      ReviewPackErrorCode.ForbiddenUnit,
      `Tài khoản của bạn không được xem số liệu cải tiến của cơ quan “${agency}”`,
      { agency },
    );
  }

  static forbidden(): ReviewPackException {
    return new ReviewPackException(
      ReviewPackErrorCode.ForbiddenRole,
      'Tài khoản của bạn không được xem số liệu cải tiến quy trình',
    );
  }
}
