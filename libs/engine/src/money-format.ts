/**
 * Pure: the amount a fee written with thousands separators means (`200.000` or `1.000.000`, the Vietnamese way, or
 * `200,000`), undefined when the text is not written so. YAML reads `200.000` as the float 200 and `1.000.000` as a
 * string; both are amounts in đồng that the author meant as 200000 and 1000000.
 */
export function thousandsSeparated(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}(?:\.\d{3})+$/.test(trimmed) && !/^\d{1,3}(?:,\d{3})+$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(/[.,]/g, ''));
}
