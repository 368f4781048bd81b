import { JobName } from '@motcua/queue';
import type { ProcedureRevision } from '@motcua/catalog';
import { at, calendar, definition, local, reception, revision } from './__fixtures__/plans';
import { planReception } from './reception.plan';
import type { ReceiveDossierDto } from './receive-dossier.dto';

const ID = '33333333-3333-4333-8333-333333333333';
const full = definition.documents.map((d) => ({
  name: d.name,
  originals: d.originals ?? 1,
  copies: d.copies ?? 0,
}));
const dto = (extra: Partial<ReceiveDossierDto> = {}): ReceiveDossierDto =>
  ({
    procedureCode: '2.000908',
    channel: 'in_person',
    applicant: {
      fullName: 'Nguyễn Văn A',
      idNumber: '001099000001',
      phone: '0912000111',
      address: 'Xã Gia Phú',
    },
    documents: full,
    ...extra,
  }) as ReceiveDossierDto;
const plan = (d: ReceiveDossierDto, now = at('2026-03-09T08:00:00')) =>
  planReception({
    id: ID,
    user: reception,
    dto: d,
    revision: { id: 'rev', code: '2.000908', revision: 1, ...revision } as ProcedureRevision,
    agencyId: 'H38',
    calendar,
    centerCutoff: null,
    now,
  });

describe('planReception', () => {
  it('accepts: the clock starts, the code is taken from the day of receipt, the intake job starts it', () => {
    const { action, insert, result } = plan(dto());
    expect(action).toBe('receive');
    expect(insert.code).toEqual({ agencyId: 'H38', at: at('2026-03-09T08:00:00') });
    expect(insert.row).toMatchObject({ id: ID, status: 'accepted', receivingUnit: reception.unitId });
    expect(local(insert.row.clockStartedAt)).toBe('2026-03-09T08:00:00+07:00');
    expect(insert.row.dueAt).toEqual(result.appointmentAt);
    expect(insert.event).toMatchObject({ action: 'receive', fromStatus: null, toStatus: 'accepted' });
    expect(insert.jobs.map((j) => j.job.name)).toEqual([JobName.StartDossier]);
    expect(insert).toMatchObject({ portalSync: true, deadlines: null });
    expect(insert.openPause).toBeUndefined();
  });

  it('refuses missing documents on acceptance, naming them', () => {
    expect(() => plan(dto({ documents: [] }))).toThrow(
      expect.objectContaining({ code: 'MISSING_DOCUMENTS' }) as Error,
    );
  });

  it('records an incomplete dossier as waiting, with its wait and no clock, job or portal message', () => {
    const { action, insert, result } = plan(
      dto({ documents: [], decision: 'request_supplement', reason: 'thiếu giấy', missingItems: ['Tờ khai'] }),
    );
    expect(action).toBe('request_documents');
    expect(insert.row).toMatchObject({ status: 'awaiting_documents', clockStartedAt: null, dueAt: null });
    expect(insert.openPause).toEqual({
      step: null,
      reason: 'thiếu giấy',
      missingItems: ['Tờ khai'],
      dueBefore: null,
    });
    expect(insert.jobs).toEqual([]);
    expect(insert.portalSync).toBe(false);
    expect(result.missingDocuments.length).toBeGreaterThan(0);
  });

  it('records a refusal as finished, told to the portal', () => {
    const { insert } = plan(dto({ decision: 'refuse', reason: 'không thuộc thẩm quyền' }));
    expect(insert.row).toMatchObject({ status: 'refused', finishedAt: at('2026-03-09T08:00:00') });
    expect(insert).toMatchObject({ portalSync: true, jobs: [] });
  });

  it('refuses a document the procedure does not list', () => {
    expect(() => plan(dto({ documents: [...full, { name: 'Sổ đỏ', originals: 1, copies: 0 }] }))).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_DOCUMENT' }) as Error,
    );
  });
});
