import type { AuthUser } from '@motcua/identity';
import type { DossierEventEntity } from '../dossier-event.entity';
import type { DossierActionDto } from './dossier-action.dto';

/** What of the event that made the dossier's current version tells a repeat from another action. */
export type LastEvent = Pick<DossierEventEntity, 'version' | 'action' | 'actorId' | 'comment'>;

/**
 * The same action, with the same comment, asked again by the same person from the version it was first asked
 * from, and that first one is what made the dossier's current version: a repeat (a retry after an answer that
 * was lost on the way, such as a 503 sent after the commit; a double click). It is answered with the dossier as it
 * is, not done twice and not refused with a 409. Anything else from an old version is a conflict.
 */
export function isRepeatedAction(
  last: LastEvent | null,
  currentVersion: number,
  user: AuthUser,
  dto: Pick<DossierActionDto, 'action' | 'expectedVersion' | 'comment'>,
): boolean {
  return (
    last !== null &&
    currentVersion === dto.expectedVersion + 1 &&
    last.version === currentVersion &&
    last.action === dto.action &&
    last.actorId === user.id &&
    (last.comment ?? null) === (dto.comment ?? null)
  );
}
