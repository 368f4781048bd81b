import type { Applicant } from './api/api.types';

export type ApplicantErrors = Partial<Record<keyof Applicant, string>>;

// The same rules as the api's ApplicantDto, in the words the counter uses.
export function checkApplicant(a: Applicant): ApplicantErrors {
  const errors: ApplicantErrors = {};
  const name = a.fullName.trim();
  if (name.length < 2 || name.length > 200) errors.fullName = 'Nhập họ và tên (2–200 ký tự).';
  if (!/^(\d{9}|\d{12})$/.test(a.idNumber.trim()))
    errors.idNumber = 'Số định danh cá nhân gồm 12 chữ số (hoặc CMND 9 chữ số).';
  if (!/^(0|\+84)\d{9}$/.test(a.phone.trim()))
    errors.phone = 'Số điện thoại gồm 10 chữ số bắt đầu bằng 0 (hoặc +84).';
  if (a.email?.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim()))
    errors.email = 'Địa chỉ email không hợp lệ.';
  const address = a.address.trim();
  if (address.length < 3 || address.length > 500) errors.address = 'Nhập địa chỉ (3–500 ký tự).';
  return errors;
}
