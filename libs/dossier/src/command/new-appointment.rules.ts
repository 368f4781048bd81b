import { parseInstant, toVietnamIso, VIETNAM_OFFSET_MS } from '@motcua/calendar';
import { DossierErrorCode, DossierException } from '../dossier.exception';

const invalid = (message: string) =>
  new DossierException(DossierErrorCode.InvalidAppointment, `newAppointment: ${message}`);

/**
 * The appointment an `extend` moves the dossier to: an instant after the current one, in a year the working
 * calendar covers (the deadlines of the step are computed on it).
 */
export function newAppointment(
  text: string | undefined,
  current: Date | null,
  coverage: { fromYear: number; toYear: number },
): Date {
  if (!text) throw invalid(`required for 'extend', e.g. 2026-12-01T08:00:00+07:00`);
  let at: Date;
  try {
    at = parseInstant(text);
  } catch {
    throw invalid(`'${text}' is not an instant such as 2026-12-01T08:00:00+07:00`);
  }
  if (!current || at.getTime() <= current.getTime()) {
    throw invalid(`must be later than the current appointment ${current ? toVietnamIso(current) : '(none)'}`);
  }
  if (at.getTime() >= Date.UTC(coverage.toYear + 1, 0, 1) - VIETNAM_OFFSET_MS) {
    throw invalid(`must fall in the working calendar's years (${coverage.fromYear}–${coverage.toYear})`);
  }
  return at;
}
