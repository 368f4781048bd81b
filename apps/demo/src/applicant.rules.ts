import { digits, intBetween, pick, type Random, weighted } from './random.rules';
import {
  BIRTH_PROVINCE_CODES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  HMONG_FAMILY_NAMES,
  HMONG_GIVEN_NAMES,
  MIDDLE_NAMES,
  MOBILE_PREFIXES,
} from './vietnamese-names.config';

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
}

/** Where the applicants live: `xã Gia Phú`, `tỉnh Lào Cai`. */
export interface Place {
  commune: string;
  province: string;
}

export type Gender = 'male' | 'female';

export function fullName(random: Random, gender: Gender): string {
  const family = weighted(random, FAMILY_NAMES);
  if (HMONG_FAMILY_NAMES.includes(family)) {
    return `${family} ${gender === 'male' ? 'A' : 'Thị'} ${pick(random, HMONG_GIVEN_NAMES[gender])}`;
  }
  return `${family} ${pick(random, MIDDLE_NAMES[gender])} ${pick(random, GIVEN_NAMES[gender])}`;
}

/**
 * A 12-digit citizen id laid out as real ones are: province of birth (3 digits), gender and century
 * (0/1 male/female born 1900–1999, 2/3 born 2000–2099), year of birth (2 digits), then 6 digits.
 */
export function citizenId(random: Random, gender: Gender, birthYear: number): string {
  const century = birthYear >= 2000 ? 2 : 0;
  const genderDigit = century + (gender === 'female' ? 1 : 0);
  const year = String(birthYear % 100).padStart(2, '0');
  return `${weighted(random, BIRTH_PROVINCE_CODES)}${genderDigit}${year}${digits(random, 6)}`;
}

export const mobilePhone = (random: Random): string => `${pick(random, MOBILE_PREFIXES)}${digits(random, 7)}`;

/** `Nguyễn Thị Thu Hà` → `ha.nguyen`. */
export function emailLocalPart(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/\s+/);
  return `${ascii[ascii.length - 1]}.${ascii[0]}`;
}

export function address(random: Random, place: Place): string {
  const hamlet =
    random() < 0.75 ? `Thôn ${intBetween(random, 1, 12)}` : `Tổ dân phố ${intBetween(random, 1, 6)}`;
  return `${hamlet}, ${place.commune}, ${place.province}`;
}

/** A fictitious applicant: name with diacritics, a citizen id consistent with them, a mobile number. */
export function generateApplicant(random: Random, place: Place): Applicant {
  const gender: Gender = random() < 0.5 ? 'male' : 'female';
  const name = fullName(random, gender);
  const birthYear = intBetween(random, 1955, 2006);
  const applicant: Applicant = {
    fullName: name,
    idNumber: citizenId(random, gender, birthYear),
    phone: mobilePhone(random),
    address: address(random, place),
  };
  if (random() < 0.4) applicant.email = `${emailLocalPart(name)}${intBetween(random, 10, 99)}@example.vn`;
  return applicant;
}
