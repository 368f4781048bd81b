import * as fx from '../command/__fixtures__/plans';
import { DossierErrorCode } from '../dossier.exception';
import { type PaymentDraft, planPayment } from './payment.plan';

const { at, calendar, errorOf, reception, revision, running } = fx;
const charged = {
  ...revision,
  definition: { ...revision.definition, fees: [{ name: 'Lệ phí', amount: 8000 }] },
};
const now = at('2026-03-09T09:00:00');
const draft = (over: Partial<PaymentDraft> = {}): PaymentDraft => ({
  id: '55555555-5555-4555-8555-555555555555',
  amount: 5000,
  method: 'cash',
  receiptNumber: 'BL-1',
  note: null,
  paidAt: now,
  portal: null,
  ...over,
});

describe('planPayment', () => {
  it('adds the payment to the row, audits it as reception, and writes the payment row with it', () => {
    const dossier = running({ paidAmount: 2000, version: 4 });
    const { plan, row } = planPayment({ dossier, revision: charged, calendar, now }, draft(), reception);
    expect(plan.patch).toMatchObject({ paidAmount: 7000, lastActivityAt: now });
    expect(plan.event).toMatchObject({
      action: 'payment',
      actorUsername: 'letan',
      actorRole: 'reception',
      toStatus: dossier.status,
      payload: { amount: 5000, method: 'cash', receiptNumber: 'BL-1', paidAmount: 7000, due: 1000 },
    });
    expect(plan.portalSync).toBe(false);
    expect(row).toMatchObject({
      dossierId: dossier.id,
      agencyId: '000.00.00.H01',
      source: 'desk',
      receivedByName: reception.fullName,
      eventVersion: 5,
      portalTransactionId: null,
    });
  });

  it("records the portal's notice as the portal client's, with its transaction and when it was paid", () => {
    const paidAt = at('2026-03-08T20:00:00');
    const { plan, row } = planPayment(
      { dossier: running(), revision: charged, calendar, now },
      draft({
        amount: 8000,
        method: 'portal_online',
        receiptNumber: null,
        paidAt,
        portal: { client: 'dvcqg', transactionId: 'T-1' },
      }),
      null,
    );
    expect(plan.event).toMatchObject({ actorId: null, actorUsername: 'dvcqg', actorRole: 'portal' });
    expect(plan.event.payload).toMatchObject({ portalTransactionId: 'T-1', paidAmount: 8000, due: 0 });
    expect(plan.deadlines).toBeNull();
    expect(row).toMatchObject({
      source: 'portal',
      portalClient: 'dvcqg',
      portalTransactionId: 'T-1',
      paidAt,
      receivedBy: null,
    });
  });

  it('plans nothing the rules refuse', () => {
    const dossier = running({ paidAmount: 8000 });
    expect(
      errorOf(() => planPayment({ dossier, revision: charged, calendar, now }, draft(), reception)),
    ).toBe(DossierErrorCode.Overpayment);
    expect(
      errorOf(() => planPayment({ dossier: running(), revision, calendar, now }, draft(), reception)),
    ).toBe(DossierErrorCode.PaymentNotCollected);
  });
});
