/** `name=number` lines (`tu-phap-xa=1`, `appraise=90`) into pairs; the lines that are not, by number, as errors. */
export function pairsOf(text: string): { pairs: Array<[string, number]>; bad: number[] } {
  const pairs: Array<[string, number]> = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const match = /^([a-z0-9._-]+)\s*=\s*(\d+(?:[.,]\d+)?)$/i.exec(trimmed);
    if (match) pairs.push([match[1], Number(match[2].replace(',', '.'))]);
    else bad.push(i + 1);
  });
  return { pairs, bad };
}
