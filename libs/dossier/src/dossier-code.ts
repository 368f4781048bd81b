import { toVietnamIso } from '@motcua/calendar';

/** The dossiers an agency may receive in a Vietnam-local day: the code has four digits. */
export const DAILY_CODE_LIMIT = 9999;

/** The counter row a dossier's number is taken from, and the code it goes into. */
export interface DailyCounter {
  agencyId: string;
  /** The Vietnam-local day, `yyyy-mm-dd`. */
  day: string;
  /** `<agency id>-<yymmdd>-`, followed by the number in four digits. */
  prefix: string;
}

export function dailyCounter(agencyId: string, receivedAt: Date): DailyCounter {
  const day = toVietnamIso(receivedAt).slice(0, 10);
  return { agencyId, day, prefix: `${agencyId}-${day.slice(2).replace(/-/g, '')}-` };
}

export const dossierCode = (counter: DailyCounter, n: number): string =>
  `${counter.prefix}${String(n).padStart(4, '0')}`;
