/** Working minutes as an ISO table speaks of them: minutes, working hours (giờ) or working days of 8 hours. */
export function workingTimeText(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const one = (v: number) => (Math.round(v * 10) / 10).toString().replace('.', ',');
  if (minutes < 60) return `${one(minutes)} phút`;
  if (minutes < 480) return `${one(minutes / 60)} giờ`;
  return `${one(minutes / 480)} ngày`;
}

/** A share (0–1) as a percentage with at most one decimal, Vietnamese style. */
export const shareText = (share: number | null | undefined): string =>
  share === null || share === undefined
    ? '—'
    : `${(Math.round(share * 1000) / 10).toString().replace('.', ',')} %`;

/** Whether a step's actual median exceeds what its ISO table gives it. */
export const overAllotted = (f: {
  allottedMinutes: number | null;
  medianMinutes: number;
  handOvers: number;
}) => f.allottedMinutes !== null && f.handOvers > 0 && f.medianMinutes > f.allottedMinutes;
