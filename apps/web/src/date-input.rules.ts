/** `yyyy-mm-dd` → `dd/mm/yyyy`; anything else → ''. */
export function toVnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/**
 * A day typed as `dd/mm/yyyy` (also `d/m/yyyy`, or with `-` or `.`) → `yyyy-mm-dd`, whatever the browser's
 * language; undefined for text that is not a real calendar day (31/02, 13th month, a two-digit year).
 */
export function parseVnDate(text: string): string | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Why a period of two days (yyyy-mm-dd) cannot be asked for, in Vietnamese, or undefined when it can. */
export function periodError(from: string, to: string): string | undefined {
  if (!from || !to) return 'Nhập ngày bắt đầu và ngày kết thúc theo dạng ngày/tháng/năm (dd/mm/yyyy).';
  if (from > to) return 'Chọn khoảng thời gian hợp lệ: ngày bắt đầu không sau ngày kết thúc.';
  return undefined;
}
