/** A statutory form laid out once, rendered as printable HTML and as PDF. */
export interface FormTable {
  headers: string[];
  rows: string[][];
  /** Relative column widths (PDF); equal when absent. */
  widths?: number[];
}

/** A signature block at the foot of a form: who signs, the instruction under it, the name printed below. */
export interface FormSignature {
  title: string;
  note: string;
  name: string;
}

export interface FormDocument {
  /** Form number of Circular 03/2025, appendix I: '01'…'06' for a dossier, '07' for a unit's book. */
  number: FormNumber | typeof BOOK_NUMBER;
  /** Wide tables (the tracking book) print on landscape A4. */
  landscape?: boolean;
  issuer: string;
  title: string;
  fields: Array<[label: string, value: string]>;
  paragraphs: string[];
  table?: FormTable;
  /** Text encoded in a QR code printed on the form (form 01: the public lookup link). */
  qr?: string;
  /** Signature blocks side by side, after the place and date (form 01: the applicant and the receiving officer). */
  signatures?: FormSignature[];
  place: string;
  issuedAt: string;
}

export const FORM_NUMBERS = ['01', '02', '03', '04', '05', '06'] as const;
export type FormNumber = (typeof FORM_NUMBERS)[number];
/** Form 07, the dossier tracking book, belongs to a unit and a period rather than to one dossier. */
export const BOOK_NUMBER = '07';
export type FormFormat = 'html' | 'pdf';

export const NATIONAL_HEADER = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const pad = (n: number): string => String(n).padStart(2, '0');

/** dd/MM/yyyy in Vietnam time (+07:00). */
export function formatVietnamDate(at: Date | null | undefined): string {
  return formatVietnamDateTime(at).slice(0, 10);
}

/** dd/MM/yyyy HH:mm in Vietnam time (+07:00). */
export function formatVietnamDateTime(at: Date | null | undefined): string {
  if (!at) return '—';
  const local = new Date(at.getTime() + 7 * 3_600_000);
  return (
    `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
  );
}
