import { ERROR_CATALOG } from '../../../../libs/common/src/errors/error-catalog.config';

/** What the api answered on an error: its status, stable code, message and details. */
export interface ErrorAnswer {
  status: number;
  code: string;
  message?: string;
  details?: Record<string, unknown>;
}

type Text = string | ((details: Record<string, unknown>) => string);

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** A Vietnamese sentence has a Vietnamese word among its first two; an English one with a Vietnamese aside has not. */
function isVietnamese(message: string): boolean {
  return message
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .some((word) => VIETNAMESE_LETTER.test(word));
}

/** The messages of a validation error's fields (`details.fields`: `{ field, messages }[]`). */
function fieldMessages(fields: unknown): string[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f: { messages?: unknown }) =>
    Array.isArray(f?.messages) ? f.messages.filter((m): m is string => typeof m === 'string') : [],
  );
}

const list = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('; ') : '';

// The api's codes with the Vietnamese a user reads, from the one catalog the api answers by.
const CATALOG_TEXT: Record<string, Text> = Object.fromEntries(
  Object.entries(ERROR_CATALOG).map(([code, entry]) => [code, entry.vi]),
);

/** The console's words for each code: the catalog's Vietnamese, with the particulars some details give. */
export const ERROR_TEXT: Record<string, Text> = {
  ...CATALOG_TEXT,
  NETWORK: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  VALIDATION_FAILED: (d) => {
    // Some fields are checked with Vietnamese messages (the amount, the receipt number, the collector): kept.
    const said = fieldMessages(d.fields).filter(isVietnamese);
    return said.length > 0
      ? `Thông tin nhập chưa hợp lệ: ${said.join('; ')}.`
      : ERROR_CATALOG.VALIDATION_FAILED.vi;
  },
  MISSING_DOCUMENTS: (d) =>
    list(d.missing)
      ? `Còn thiếu giấy tờ bắt buộc: ${list(d.missing)}. Hãy yêu cầu bổ sung hoặc từ chối tiếp nhận.`
      : ERROR_CATALOG.MISSING_DOCUMENTS.vi,
};

/**
 * Codes whose api message is already written for the user in Vietnamese, with particulars the console does not
 * know (the amount still due, the file's name, the seconds to wait): shown as they come when they are Vietnamese.
 */
export const SERVER_WORDED = new Set([
  'WEAK_PASSWORD',
  'LOGIN_THROTTLED',
  'SYSTEM_ACCOUNT',
  'FEES_UNPAID',
  'FILE_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'DOSSIER_FILES_TOO_LARGE',
  'TOO_MANY_FILES',
  'UNSUPPORTED_FILE_TYPE',
  'NOT_STEP_HOLDER',
  'DOSSIER_CLOSED',
  'TRANSFER_NOT_ALLOWED',
  'PERIOD_NOT_STARTED',
]);

const BY_STATUS: Array<[number, string]> = [
  [401, 'UNAUTHENTICATED'],
  [403, 'FORBIDDEN'],
  [404, 'NOT_FOUND'],
  [409, 'CONFLICT'],
  [429, 'TOO_MANY_REQUESTS'],
  [503, 'SERVICE_UNAVAILABLE'],
];

/** The Vietnamese text a user reads for an error: by its code, else by its HTTP status. */
export function errorText({ status, code, message, details }: ErrorAnswer): string {
  if (SERVER_WORDED.has(code) && message && isVietnamese(message)) return message;
  const fallback = BY_STATUS.find(([s]) => s === status)?.[1] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
  const text = ERROR_TEXT[code] ?? ERROR_TEXT[fallback];
  return typeof text === 'function' ? text(details ?? {}) : text;
}

/** Whether trying the same again may work: the network, the server, or a short wait; never a refusal. */
export const isRetryable = (status: number): boolean => status === 0 || status === 429 || status >= 500;
