import { activityPlan, type ActionContext, actorOf, type UpdatePlan } from '@motcua/dossier';
import type { AuthUser } from '@motcua/identity';
import type { DossierResultEntity } from './dossier-result.entity';
import { checkMayRecord, type Refusal } from './result.rules';

/** The result row as prepared before the transaction; the ledger's event gives it its version. */
export type PreparedResult = Omit<DossierResultEntity, 'recordedVersion'>;

export interface RecordContext extends Omit<ActionContext, 'org'> {
  user: AuthUser;
  existing: { kind: DossierResultEntity['kind'] } | null;
  refusal: Refusal | null;
}

/**
 * Recording the result is activity on the dossier (its stall clock restarts) that leaves it where it stands: an
 * audited `record_result` event with the document's number and the signed file's sha256, and the result row
 * written with it by `save`, in the same transaction.
 */
export function planRecordResult(
  ctx: RecordContext,
  result: PreparedResult,
  save: (
    manager: Parameters<NonNullable<UpdatePlan['alongside']>>[0],
    row: DossierResultEntity,
  ) => Promise<void>,
): UpdatePlan {
  const { dossier, revision, user } = ctx;
  checkMayRecord({
    user,
    dossier,
    definition: revision.definition,
    kind: result.kind,
    existing: ctx.existing,
    refusal: ctx.refusal,
  });
  const plan = activityPlan(
    ctx,
    {},
    {
      action: 'record_result',
      ...actorOf(user, dossier.stepOwnerRole),
      payload: {
        kind: result.kind,
        number: result.number,
        documentDate: result.documentDate,
        source: result.source,
        sha256: result.sha256,
      },
    },
  );
  return {
    ...plan,
    alongside: (manager, committed) => save(manager, { ...result, recordedVersion: committed.event.version }),
  };
}
