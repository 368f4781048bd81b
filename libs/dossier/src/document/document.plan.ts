import type { AuthUser } from '@motcua/identity';
import type { UpdatePlan } from '../ledger/dossier.plan';
import type { ActionContext } from '../command/action-change.rules';
import { activityPlan } from '../command/activity.plan';
import { actorOf } from '../command/actor.rules';
import { checkCheck } from './document.rules';
import { insertDocuments, type NewDocumentRow, setChecked } from './document.sql';
import type { DossierDocument } from './document.types';

type Context = Omit<ActionContext, 'org'>;

const described = (d: Pick<DossierDocument, 'id' | 'component' | 'fileName' | 'size' | 'sha256'>) => ({
  id: d.id,
  component: d.component,
  fileName: d.fileName,
  size: d.size,
  sha256: d.sha256,
});

/**
 * Files attached to the dossier (desk scans or a working document), their rows written with the audit event that
 * records them. It is activity (the stall clock restarts); it conflicts with nothing, so it is planned on whatever
 * version the row is at.
 */
export function planAttachment(ctx: Context, user: AuthUser, rows: NewDocumentRow[]): UpdatePlan {
  const plan = activityPlan(
    ctx,
    {},
    {
      action: 'attach_documents',
      ...actorOf(user, ctx.dossier.stepOwnerRole),
      payload: { kind: rows[0]?.kind, documents: rows.map(described) },
    },
  );
  return { ...plan, alongside: insertDocuments(rows) };
}

/** Reception's check of a component's file (it now counts as digitised), or its withdrawal. */
export function planCheck(
  ctx: Context,
  user: AuthUser,
  document: DossierDocument,
  checked: boolean,
): UpdatePlan | null {
  checkCheck(user, ctx.dossier, document);
  if ((document.checkedAt !== null) === checked) return null;
  const plan = activityPlan(
    ctx,
    {},
    {
      action: checked ? 'check_document' : 'uncheck_document',
      ...actorOf(user, 'reception'),
      payload: { document: described(document) },
    },
  );
  return {
    ...plan,
    alongside: setChecked(document.id, checked ? { at: ctx.now, username: user.username } : null),
  };
}
