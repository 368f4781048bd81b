import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';
import { submitToPortal } from './support/portal';

// Inputs the fuzz suite (fuzz.e2e-spec.ts) once turned into 500s, kept as plain examples.
describe('inputs found by fuzzing', () => {
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  let documents: Array<{ name: string; originals: number; copies: number }>;

  beforeAll(async () => {
    e2e = await bootE2e({ worker: true });
    ({ api, client } = e2e);
    documents = await client.documentsOf('2.000908');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const dossierCount = async () =>
    Number((await query<{ n: string }>('SELECT count(*) AS n FROM dossier'))[0].n);

  it('a NUL character in a query, a path or a body is a 400 naming where it is, not a 500', async () => {
    const inQuery = await client.get('giamdoc.ttxa', '/dossiers?q=%00');
    expect(inQuery.status).toBe(400);
    expect(inQuery.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/^q: .*NUL/),
    });

    const inPath = await client.get('letan.xa', '/dossiers/%00/forms/01.html');
    expect(inPath.status).toBe(400);
    expect(inPath.body.message).toMatch(/^code: .*NUL/);

    const before = await dossierCount();
    const inBody = await client.post('letan.xa', '/dossiers', {
      procedureCode: '2.000908',
      channel: 'in_person',
      applicant: { ...applicant(1), fullName: 'Nguyễn\u0000An' },
      documents,
    });
    expect(inBody.status).toBe(400);
    expect(inBody.body.message).toMatch(/^applicant\.fullName: .*NUL/);
    expect(await dossierCount()).toBe(before);
  });

  it('a document or an applicant given as a list is a 400 naming the field, not a 500', async () => {
    const before = await dossierCount();
    const nestedList = await client.post('letan.xa', '/dossiers', {
      procedureCode: '2.000908',
      channel: 'in_person',
      applicant: applicant(2),
      documents: [documents],
    });
    expect(nestedList.status).toBe(400);
    expect(nestedList.body.message).toMatch(/^documents: each of documents must be an object/);

    const listedApplicant = await client.post('letan.xa', '/dossiers', {
      procedureCode: '2.000908',
      channel: 'in_person',
      applicant: [applicant(3)],
      documents,
    });
    expect(listedApplicant.status).toBe(400);
    expect(listedApplicant.body.message).toMatch(/^applicant: applicant must be an object/);

    const portal = await submitToPortal(api, {
      portalDossierId: 'G22.99-regression',
      procedureCode: '2.000908',
      receivingUnit: 'mot-cua-xa',
      applicant: applicant(4),
      documents: [documents],
      payment: [{ status: 'paid' }],
    });
    expect(portal.status).toBe(400);
    expect(portal.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'documents',
      'payment',
    ]);
    expect(await dossierCount()).toBe(before);
  });

  it("a portal document's content given as null is a 400 naming it, not a 500", async () => {
    const before = await dossierCount();
    const portal = await submitToPortal(api, {
      portalDossierId: 'G22.99-null-content',
      procedureCode: '2.000908',
      receivingUnit: 'mot-cua-xa',
      applicant: applicant(5),
      documents: [
        { ...documents[0], fileName: 'to-khai.pdf', mimeType: 'application/pdf', contentBase64: null },
        ...documents.slice(1),
      ],
      payment: { status: 'not_required' },
    });
    expect(portal.status).toBe(400);
    expect(portal.body.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'documents.0.contentBase64',
    ]);
    expect(await dossierCount()).toBe(before);
  });

  it('an empty or odd key is quoted in the message, so the message still says which one', async () => {
    const res = await client.post('letan.xa', '/dossiers/x/comments', { text: 'ghi chú', '': 1, 'a b': 2 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(
      /^"": property {2}should not exist \| "a b": property a b should not exist$/,
    );
  });

  it('an ISO week or ordinal date is a 400 naming the filter, not a 500', async () => {
    for (const [path, field] of [
      ['/dossiers?receivedFrom=2026-W53-7', 'receivedFrom'],
      ['/reports/satisfaction?from=2026-335', 'from'],
    ]) {
      const res = await client.get('giamdoc.ttxa', path);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(new RegExp(`^${field}: ${field} must be an ISO 8601 instant`));
    }
  });

  it('extend without a readable new appointment inside the calendar is a 422, not a 500', async () => {
    const receipt = await client.receive('letan.xa', '2.000908', {}, 5);
    const { code } = await client.started('letan.xa', receipt.body.code as string);
    await client.act('letan.xa', code as string, 'forward');
    const extend = (extra: Record<string, unknown>) =>
      client.act('chanhvp.xa', code as string, 'extend', { reason: 'Cần xác minh thêm', ...extra });

    const missing = await extend({});
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({
      code: 'INVALID_APPOINTMENT',
      message: expect.stringMatching(/required/),
    });
    const beyond = await extend({ newAppointment: '9999-12-31T23:59:59Z' });
    expect(beyond.status).toBe(422);
    expect(beyond.body.message).toMatch(/working calendar's years/);
    const weekDate = await extend({ newAppointment: '2026-W53-7' });
    expect(weekDate.status).toBe(400);
    expect(weekDate.body.message).toMatch(/^newAppointment: /);
  });

  it('a body the parsers refuse still carries the request id, in the body and the header', async () => {
    const res = await request(api.getHttpServer())
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .set('X-Request-Id', 'fuzz-malformed-1')
      .send('{');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 'MALFORMED_JSON',
      message: 'the request body is not valid JSON',
      requestId: 'fuzz-malformed-1',
    });
    const tooLarge = await client.post('letan.xa', '/dossiers/x/comments', { text: 'Ắ'.repeat(100_000) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.requestId).toBe(tooLarge.headers['x-request-id']);
    expect(tooLarge.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
