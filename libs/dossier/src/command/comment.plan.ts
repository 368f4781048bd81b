import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import type { UpdatePlan } from '../ledger/dossier.plan';
import { actorOf } from './actor.rules';
import { activityPlan } from './activity.plan';
import type { ActionContext } from './action-change.rules';

/** Only the receiving unit and the units on the route the dossier has reached comment on it. */
export function checkOnRoute(user: AuthUser, dossier: DossierEntity): void {
  if (user.unitId !== dossier.receivingUnit && !dossier.reachedUnits.includes(user.unitId)) {
    throw new DossierException(
      DossierErrorCode.NotOnRoute,
      `only the receiving unit and the units ${dossier.code} has reached comment on it`,
    );
  }
}

/**
 * A note on the control sheet. It is activity: the dossier is no longer idle (its stall clock restarts and a
 * `stalled` flag clears). It conflicts with nothing, so it is planned on whatever version the row is at.
 */
export function planComment(ctx: Omit<ActionContext, 'org'>, user: AuthUser, text: string): UpdatePlan {
  return activityPlan(
    ctx,
    {},
    { action: 'comment', ...actorOf(user, ctx.dossier.stepOwnerRole), comment: text },
  );
}
