import { at, calendar, errorOf, reception, revision, running } from '../command/__fixtures__/plans';
import { planAttachment, planCheck } from './document.plan';
import type { NewDocumentRow } from './document.sql';
import type { DossierDocument } from './document.types';

const now = at('2026-03-09T09:00:00');
const ctx = { dossier: running(), revision, calendar, now };
const row: NewDocumentRow = {
  id: 'doc-1',
  dossierId: ctx.dossier.id,
  component: 'Tờ khai',
  kind: 'desk',
  fileName: 'to-khai.pdf',
  mimeType: 'application/pdf',
  size: 1234,
  sha256: 'b'.repeat(64),
  fileKey: `bb/${'b'.repeat(64)}`,
  step: 'receive',
  attachedBy: reception.id,
  attachedByUsername: reception.username,
  attachedAt: now,
};

describe('planAttachment', () => {
  it('records the files in an audit event of the dossier, as activity, and writes their rows with it', () => {
    const plan = planAttachment(ctx, reception, [row]);
    expect(plan.patch).toEqual({ lastActivityAt: now });
    expect(plan.event).toMatchObject({
      action: 'attach_documents',
      actorUsername: 'letan',
      toStatus: 'in_progress',
      payload: { kind: 'desk', documents: [{ id: 'doc-1', component: 'Tờ khai', fileName: 'to-khai.pdf' }] },
    });
    expect(plan.portalSync).toBe(false);
    expect(plan.alongside).toEqual(expect.any(Function));
  });
});

describe('planCheck', () => {
  const file = { ...row, checkedAt: null, checkedByUsername: null } as DossierDocument;

  it('checks an unchecked file and unchecks a checked one, each an event', () => {
    expect(planCheck(ctx, reception, file, true)?.event.action).toBe('check_document');
    const checked = { ...file, checkedAt: now, checkedByUsername: 'letan' };
    expect(planCheck(ctx, reception, checked, false)?.event.action).toBe('uncheck_document');
  });

  it('plans nothing when the file already stands as asked', () => {
    expect(planCheck(ctx, reception, file, false)).toBeNull();
  });

  it('refuses a working document', () => {
    expect(
      errorOf(() => planCheck(ctx, reception, { ...file, component: null, kind: 'working' }, true)),
    ).toBe('NOT_A_COMPONENT_FILE');
  });
});
