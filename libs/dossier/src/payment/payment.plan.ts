import type { AuthUser } from '@motcua/identity';
import { actorOf } from '../command/actor.rules';
import { activityPlan } from '../command/activity.plan';
import type { ActionContext } from '../command/action-change.rules';
import { eventWhereItStands, type UpdatePlan } from '../ledger/dossier.plan';
import type { DossierPaymentEntity } from './dossier-payment.entity';
import { agencyOfCode, checkPayment, feeStatement, type PaymentMethod } from './payment.rules';

/** A payment as asked: at the desk (receipt number, the officer) or from the portal (client, transaction id). */
export interface PaymentDraft {
  id: string;
  amount: number;
  method: PaymentMethod;
  receiptNumber: string | null;
  note: string | null;
  /** When the money was paid; the portal says, the desk records now. */
  paidAt: Date;
  portal: { client: string; transactionId: string } | null;
}

export interface PlannedPayment {
  plan: UpdatePlan;
  row: DossierPaymentEntity;
}

type PaymentContext = Omit<ActionContext, 'org'>;

/**
 * A payment of the dossier's fees, recorded with its audit event (`payment`) and the row's new paid sum in the
 * change's one transaction, the payment row alongside. Conflicts with nothing but another payment: planned on the
 * latest row, so that two payments at once cannot both pass the check of what is still due.
 */
export function planPayment(ctx: PaymentContext, draft: PaymentDraft, user: AuthUser | null): PlannedPayment {
  const { dossier, revision, now } = ctx;
  const statement = feeStatement(revision.definition, dossier.paidAmount);
  checkPayment(statement, dossier, draft.amount, draft.note);
  const paidAmount = dossier.paidAmount + draft.amount;
  const payload = {
    paymentId: draft.id,
    amount: draft.amount,
    method: draft.method,
    receiptNumber: draft.receiptNumber,
    paidAmount,
    due: Math.max(0, statement.total - paidAmount),
    ...(draft.portal ? { portalTransactionId: draft.portal.transactionId } : {}),
  };
  const event = { action: 'payment', comment: draft.note, payload };
  const plan: UpdatePlan = user
    ? activityPlan(ctx, { paidAmount }, { ...event, ...actorOf(user, 'reception') })
    : {
        kind: 'update',
        at: now,
        dossier,
        patch: { paidAmount },
        event: {
          ...eventWhereItStands(dossier, now),
          ...event,
          actorId: null,
          actorUsername: draft.portal!.client,
          actorRole: 'portal',
        },
        deadlines: null,
        portalSync: false,
        jobs: [],
      };
  const row: DossierPaymentEntity = {
    id: draft.id,
    dossierId: dossier.id,
    agencyId: agencyOfCode(dossier.code),
    amount: draft.amount,
    method: draft.method,
    source: draft.portal ? 'portal' : 'desk',
    receiptNumber: draft.receiptNumber,
    portalClient: draft.portal?.client ?? null,
    portalTransactionId: draft.portal?.transactionId ?? null,
    receivedBy: user?.id ?? null,
    receivedByName: user?.fullName ?? null,
    note: draft.note,
    paidAt: draft.paidAt,
    recordedAt: now,
    eventVersion: dossier.version + 1,
  };
  return { plan, row };
}
