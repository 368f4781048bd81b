import { toVietnamIso } from '@motcua/calendar';
import { DossierErrorCode, DossierException } from './dossier.exception';

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

/** The 10,000th dossier of an agency's day gets no code: 409 `DAILY_SEQUENCE_EXHAUSTED`, nothing written. */
export const dailyLimitReached = (counter: DailyCounter): DossierException =>
  new DossierException(
    DossierErrorCode.DailyLimit,
    `agency ${counter.agencyId} has received its ${DAILY_CODE_LIMIT} dossiers of ${counter.day}: no code is left for today`,
    { agencyId: counter.agencyId, day: counter.day },
  );

export function dossierCode(counter: DailyCounter, n: number): string {
  if (n > DAILY_CODE_LIMIT) throw dailyLimitReached(counter);
  return `${counter.prefix}${String(n).padStart(4, '0')}`;
}
