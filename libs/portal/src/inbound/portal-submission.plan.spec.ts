import type { ProcedureRevision } from '@motcua/catalog';
import { loadCatalog } from '@motcua/catalog';
import { planPortalSubmission } from './portal-submission.plan';
import type { SubmitPortalDossierDto } from './submit-portal-dossier.dto';

const catalog = loadCatalog('workflows').catalog!;
const procedure = catalog.procedures.find((p) => p.definition.code === '2.000908')!;
const ID = '44444444-4444-4444-8444-444444444444';
const now = new Date('2026-03-09T01:00:00Z');
const dto = {
  portalDossierId: 'DVC-1',
  procedureCode: '2.000908',
  receivingUnit: 'mot-cua-xa',
  applicant: { fullName: 'Nguyễn Văn A', idNumber: '001099000001', phone: '0912000111' },
  documents: [
    { name: procedure.definition.documents[0].name, originals: 1, copies: 0, contentBase64: 'AA==' },
  ],
  payment: { status: 'paid', amount: 10000 },
} as unknown as SubmitPortalDossierDto;
const content = Buffer.from([0]);
const files = [
  { name: dto.documents[0].name, fileName: 'a.pdf', mimeType: 'application/pdf', content, sha256: 'ab'.repeat(32) },
];

describe('planPortalSubmission', () => {
  const plan = planPortalSubmission({
    id: ID,
    client: 'dvcqg',
    dto,
    revision: { id: 'rev', code: '2.000908', revision: 1, ...procedure } as unknown as ProcedureRevision,
    agencyId: 'H38',
    submission: { procedureCode: '2.000908' },
    files,
    now,
  });

  it('records an online dossier as submitted, its code from the receiving agency, no clock and no message', () => {
    expect(plan.code).toEqual({ agencyId: 'H38', at: now });
    expect(plan.row).toMatchObject({ id: ID, channel: 'online', status: 'submitted', createdBy: null });
    expect(plan.row.clockStartedAt).toBeUndefined();
    expect(plan.event).toMatchObject({ action: 'submit', actorUsername: 'dvcqg', actorRole: 'portal' });
    expect(plan).toMatchObject({ portalSync: false, jobs: [], deadlines: null });
    expect(plan.row.documents).toEqual([{ name: dto.documents[0].name, originals: 1, copies: 0 }]);
  });

  it('writes the link to the portal id and each file with the dossier, its bytes left to the file store', () => {
    expect(plan.rows!.map((r) => r.table)).toEqual(['portal_dossier', 'dossier_document']);
    expect(plan.rows![0].values).toMatchObject({
      client: 'dvcqg',
      portal_dossier_id: 'DVC-1',
      dossier_id: ID,
    });
    expect(plan.rows![1].values).toMatchObject({
      dossier_id: ID,
      kind: 'portal',
      file_name: 'a.pdf',
      size: 1,
      file_key: `ab/${'ab'.repeat(32)}`,
    });
    expect(plan.rows![1].values).not.toHaveProperty('content');
  });

  it('records the payment made on the portal with the dossier, when the procedure charges a fee', () => {
    const charged = catalog.procedures.find((p) => p.definition.code === '1.001612')!;
    const paid = planPortalSubmission({
      id: ID,
      client: 'dvcqg',
      dto: { ...dto, procedureCode: '1.001612', payment: { status: 'paid', amount: 100000 } },
      revision: { id: 'rev', code: '1.001612', revision: 1, ...charged } as unknown as ProcedureRevision,
      agencyId: 'H38',
      submission: {},
      files: [],
      now,
    });
    expect(paid.row.paidAmount).toBe(100000);
    expect(paid.rows!.map((r) => r.table)).toEqual(['portal_dossier', 'dossier_payment']);
    expect(paid.rows![1].values).toMatchObject({
      dossier_id: ID,
      amount: 100000,
      source: 'portal',
      portal_transaction_id: 'submission:DVC-1',
      event_version: 1,
    });
    // 2.000908 charges nothing: what the portal says was paid is kept on the link only.
    expect(plan.row.paidAmount).toBe(0);
  });
});
