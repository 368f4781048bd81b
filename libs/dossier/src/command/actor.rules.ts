import { type AuthUser, hasRole } from '@motcua/identity';
import type { DossierEventEntity } from '../dossier-event.entity';

/** The audit columns naming who acted, and in which role (the step owner's, when the user holds it). */
export function actorOf(user: AuthUser, role: string | null): Partial<DossierEventEntity> {
  return {
    actorId: user.id,
    actorUsername: user.username,
    actorName: user.fullName,
    actorTitle: user.title,
    actorUnit: user.unitId,
    actorRole: role !== null && hasRole(user, role) ? role : (user.roles[0] ?? null),
  };
}
