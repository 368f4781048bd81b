import type { DossierEntity } from '@motcua/dossier';
import { planPortalSupplement } from './portal-supplement.plan';
import type { PortalSupplementDto } from './portal-supplement.dto';

const now = new Date('2026-03-10T02:00:00Z');
const waiting = {
  id: '55555555-5555-4555-8555-555555555555',
  code: 'H38-260309-0001',
  status: 'awaiting_documents',
  step: null,
  version: 3,
  documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }],
  pausedAt: new Date('2026-03-09T03:00:00Z'),
} as unknown as DossierEntity;
const dto = {
  documents: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0, contentBase64: 'AA==' }],
  note: 'bổ sung giấy chứng sinh',
} as unknown as PortalSupplementDto;
const storeFiles = () => Promise.resolve();
const plan = (dossier: DossierEntity) =>
  planPortalSupplement({ dossier, client: 'dvcqg', portalDossierId: 'DVC-1', dto, storeFiles, now });

describe('planPortalSupplement', () => {
  it('ends the wait and submits the dossier again with the new documents beside the old, for reception to check', () => {
    const p = plan(waiting);
    expect(p.patch).toEqual({
      status: 'submitted',
      documents: [...waiting.documents, { name: 'Giấy chứng sinh', originals: 1, copies: 0 }],
      pausedAt: null,
      lastActivityAt: now,
    });
    expect(p.closePause).toEqual({ dueAfter: null });
    expect(p.event).toMatchObject({
      action: 'supplement_submitted',
      fromStatus: 'awaiting_documents',
      toStatus: 'submitted',
      actorUsername: 'dvcqg',
      actorRole: 'portal',
      comment: 'bổ sung giấy chứng sinh',
    });
    // The portal hears status 1 again; no clock runs yet, so no deadline is tracked.
    expect(p.portalSync).toBe(true);
    expect(p.deadlines).toBeNull();
    expect(p.alongside).toBe(storeFiles);
  });

  it('refuses a supplement nobody asked for, naming the status the portal knows', () => {
    expect(() => plan({ ...waiting, status: 'in_progress' } as DossierEntity)).toThrow(
      expect.objectContaining({ code: 'SUPPLEMENT_NOT_AWAITED' }),
    );
  });
});
