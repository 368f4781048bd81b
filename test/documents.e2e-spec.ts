import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { attach, download, type Listed, PDF, PNG, roundTrip } from './support/documents';

// Small limits, so that "too large" is quick to reach.
process.env.UPLOAD_MAX_FILE_BYTES = String(64 * 1024);
process.env.UPLOAD_MAX_DOSSIER_BYTES = String(160 * 1024);
process.env.UPLOAD_MAX_FILES = '3';

const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const DAY = 'from=2026-11-23T00:00:00%2B07:00&to=2026-11-24T00:00:00%2B07:00';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const padded = (bytes: number) => Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length, 0x20)]);

describe("the dossier's files: attached at the desk and at a step, listed, downloaded, checked", () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  let code: string;
  let component: string;

  const list = async (username: string, c = code) => client.get(username, `/dossiers/${c}/documents`);
  const state = async (c = code) =>
    (
      await query<{ version: number; files: string }>(
        `SELECT d.version, (SELECT count(*) FROM dossier_document f WHERE f.dossier_id = d.id) AS files
           FROM dossier d WHERE d.code = $1`,
        [c],
      )
    )[0];
  const fileLog = (username: string) =>
    query<{ detail: string; fields: string }>(
      `SELECT detail, fields FROM access_log WHERE kind = 'file' AND username = $1 ORDER BY id`,
      [username],
    );

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
    const res = await client.receive('letan.xa', '2.000908', {}, 1);
    code = res.body.code as string;
    component = (await client.documentsOf('2.000908'))[0].name;
    await client.started('letan.xa', code);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('reception attaches several scans of a component: typed by content, hashed, kept in the store, audited', async () => {
    const before = await state();
    const res = await attach(
      api,
      client,
      'letan.xa',
      code,
      [
        { name: 'Tờ khai của ông A.pdf', content: PDF },
        // A real PNG under a misleading name: its type comes from its bytes.
        { name: 'trang 2.txt', content: PNG },
      ],
      component,
    );
    expect(res.status).toBe(201);
    const listed = res.body as Listed;
    const files = listed.components.find((c) => c.name === component)!.files;
    expect(files).toEqual([
      expect.objectContaining({
        kind: 'desk',
        fileName: 'Tờ khai của ông A.pdf',
        mimeType: 'application/pdf',
        size: PDF.length,
        sha256: sha256(PDF),
        step: 'receive',
        attachedBy: 'letan.xa',
        checkedAt: null,
      }),
      expect.objectContaining({
        kind: 'desk',
        fileName: 'trang 2.txt',
        mimeType: 'image/png',
        size: PNG.length,
        sha256: sha256(PNG),
      }),
    ]);
    expect(listed).toMatchObject({ digitised: false, totalBytes: PDF.length + PNG.length, working: [] });

    // Bytes in the FileStore under their sha256, metadata in PostgreSQL with one audit event at the new version.
    const stored = join(process.env.FILES_DIR!, sha256(PDF).slice(0, 2), sha256(PDF));
    expect(readFileSync(stored).equals(PDF)).toBe(true);
    const rows = await query<{ file_key: string; content: Buffer | null }>(
      `SELECT file_key, content FROM dossier_document`,
    );
    expect(rows.every((r) => r.content === null && r.file_key.length === 67)).toBe(true);
    const after = await state();
    expect(after).toEqual({ version: before.version + 1, files: '2' });
    const [event] = await query<{
      action: string;
      actor_username: string;
      payload: { documents: unknown[] };
    }>(
      `SELECT e.action, e.actor_username, e.payload FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.version = $2`,
      [code, after.version],
    );
    expect(event).toMatchObject({ action: 'attach_documents', actor_username: 'letan.xa' });
    expect(event.payload.documents).toHaveLength(2);
  });

  it('serves a file to whoever may read the dossier, with its type, its UTF-8 name and nosniff, and logs it', async () => {
    const { body } = await list('letan.xa');
    const pdf = (body as Listed).components.find((c) => c.name === component)!.files[0];
    const res = await download(api, client, 'letan.xa', code, pdf.id);
    expect(res.status).toBe(200);
    expect((res.body as Buffer).equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="To khai cua ong A.pdf"; filename*=UTF-8''${encodeURIComponent('Tờ khai của ông A.pdf')}`,
    );
    const saved = await download(api, client, 'letan.xa', code, pdf.id, '?download=1');
    expect(saved.headers['content-disposition']).toMatch(/^attachment; /);
    expect(await fileLog('letan.xa')).toEqual([
      { detail: pdf.id, fields: 'full' },
      { detail: pdf.id, fields: 'full' },
    ]);
  });

  it('refuses the list and the files to a unit the dossier has not reached, and logs nothing for it', async () => {
    const { body } = await list('letan.xa');
    const pdf = (body as Listed).components.find((c) => c.name === component)!.files[0];
    for (const username of ['tuphap.xa1', 'kinhte.xa1', 'dangky.vpdk1']) {
      expect((await list(username)).status).toBe(404);
      const res = await download(api, client, username, code, pdf.id);
      expect(res.status).toBe(404);
      expect(await fileLog(username)).toEqual([]);
    }
    const unknown = await download(api, client, 'letan.xa', code, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    const notAnId = await client.get('letan.xa', `/dossiers/${code}/documents/abc/content`);
    expect(notAnId.body.code).toBe('FILE_NOT_FOUND');
  });

  it('refuses a file of another type, too large, too many, an unknown component, or a scan by an officer, writing nothing', async () => {
    const before = await state();
    const text = await attach(
      api,
      client,
      'letan.xa',
      code,
      [{ name: 'gia.pdf', content: Buffer.from('không phải PDF') }],
      component,
    );
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    expect(text.body.message).toMatch(/không phải PDF, JPEG hoặc PNG/);

    const big = await attach(
      api,
      client,
      'letan.xa',
      code,
      [{ name: 'lon.pdf', content: padded(64 * 1024 + 1) }],
      component,
    );
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(big.body.message).toMatch(/vượt quá/);

    const many = await attach(
      api,
      client,
      'letan.xa',
      code,
      [1, 2, 3, 4].map((n) => ({ name: `${n}.pdf`, content: PDF })),
      component,
    );
    expect(many.status).toBe(400);
    expect(many.body.code).toBe('TOO_MANY_FILES');

    const none = await attach(api, client, 'letan.xa', code, [], component);
    expect(none.body.code).toBe('NO_FILES');

    const unknown = await attach(
      api,
      client,
      'letan.xa',
      code,
      [{ name: 'a.pdf', content: PDF }],
      'Giấy không có trong thủ tục',
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('UNKNOWN_COMPONENT');

    // Another commune's desk does not see the dossier; the center's supervisor sees it but is no desk.
    expect(
      (await attach(api, client, 'letan.tinh1', code, [{ name: 'a.pdf', content: PDF }], component)).status,
    ).toBe(404);
    const supervisor = await attach(
      api,
      client,
      'giamdoc.ttxa',
      code,
      [{ name: 'a.pdf', content: PDF }],
      component,
    );
    expect(supervisor.status).toBe(403);
    expect(supervisor.body.code).toBe('NOT_AT_RECEPTION_DESK');
    expect(await state()).toEqual(before);
  });

  it('answers a malformed upload with a 400 and a code, never a 500', async () => {
    const before = await state();
    const token = await client.token('letan.xa');
    const post = () =>
      request(api.getHttpServer())
        .post(`/api/v1/dossiers/${code}/documents`)
        .set('Authorization', `Bearer ${token}`);
    const cut = await post()
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.4');
    expect(cut.status).toBe(400);
    expect(cut.body.code).toBe('BAD_UPLOAD');
    const otherField = await post().attach('file', PDF, 'a.pdf');
    expect(otherField.status).toBe(400);
    expect(otherField.body.code).toBe('BAD_UPLOAD');
    const json = await post().send({ component });
    expect(json.status).toBe(400);
    expect(json.body.code).toBe('NO_FILES');
    expect(await state()).toEqual(before);
  });

  it('keeps a dossier within its total: past it, the upload is refused', async () => {
    const second = await client.receive('letan.xa', '2.000908', {}, 2);
    const other = second.body.code as string;
    const near = padded(60 * 1024);
    expect(
      (await attach(api, client, 'letan.xa', other, [{ name: 'a.pdf', content: near }], component)).status,
    ).toBe(201);
    const b = Buffer.concat([near, Buffer.from('b')]);
    expect(
      (await attach(api, client, 'letan.xa', other, [{ name: 'b.pdf', content: b }], component)).status,
    ).toBe(201);
    const c = Buffer.concat([near, Buffer.from('c')]);
    const over = await attach(api, client, 'letan.xa', other, [{ name: 'c.pdf', content: c }], component);
    expect(over.status).toBe(413);
    expect(over.body.code).toBe('DOSSIER_FILES_TOO_LARGE');
    expect((await state(other)).files).toBe('2');
  });

  it("lets the step's holder attach a working document, and no one else", async () => {
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const desk = await attach(api, client, 'letan.xa', code, [{ name: 'du-thao.pdf', content: PDF }]);
    expect(desk.status).toBe(403);
    expect(desk.body.code).toBe('NOT_STEP_HOLDER');
    const res = await attach(api, client, 'tuphap.xa1', code, [
      { name: 'Dự thảo bản sao.pdf', content: PDF },
    ]);
    expect(res.status).toBe(201);
    expect((res.body as Listed).working).toEqual([
      expect.objectContaining({
        kind: 'working',
        component: null,
        step: 'appraise',
        attachedBy: 'tuphap.xa1',
      }),
    ]);
    // Now on the route, the justice office reads the desk scans too; its download is logged.
    const scan = (res.body as Listed).components.find((c) => c.name === component)!.files[0];
    expect((await download(api, client, 'tuphap.xa1', code, scan.id)).status).toBe(200);
    expect(await fileLog('tuphap.xa1')).toEqual([{ detail: scan.id, fields: 'full' }]);
  });

  it('reception checks a scan against the paper: the component counts as digitised, and so does the indicator', async () => {
    const { body } = await list('letan.xa');
    const listed = body as Listed;
    const scan = listed.components.find((c) => c.name === component)!.files[0];
    const working = listed.working[0];
    const put = async (username: string, id: string, checked: unknown) =>
      request(api.getHttpServer())
        .put(`/api/v1/dossiers/${code}/documents/${id}/check`)
        .set('Authorization', `Bearer ${await client.token(username)}`)
        .send({ checked });
    const indicator = async () => {
      const res = await client.get('giamdoc.ttxa', `/reports/indicators?${DAY}`);
      return (res.body.indicators as Array<{ key: string }>).find((i) => i.key === 'digitisationRate');
    };
    expect(await indicator()).toMatchObject({ value: 0, numerator: 0, denominator: 2 });

    expect((await put('tuphap.xa1', scan.id, true)).body.code).toBe('NOT_AT_RECEPTION_DESK');
    expect((await put('letan.xa', working.id, true)).body.code).toBe('NOT_A_COMPONENT_FILE');
    expect((await put('letan.xa', scan.id, 'yes')).status).toBe(400);

    const checked = await put('letan.xa', scan.id, true);
    expect(checked.status).toBe(200);
    const after = checked.body as Listed;
    expect(after.digitised).toBe(true);
    expect(after.components.find((c) => c.name === component)).toMatchObject({
      handed: true,
      digitised: true,
    });
    expect(await indicator()).toMatchObject({
      key: 'digitisationRate',
      value: 50,
      numerator: 1,
      denominator: 2,
    });

    const unchecked = await put('letan.xa', scan.id, false);
    expect((unchecked.body as Listed).digitised).toBe(false);
    expect(await indicator()).toMatchObject({ value: 0, numerator: 0 });
    const actions = await query<{ action: string }>(
      `SELECT e.action FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.action LIKE '%check_document' ORDER BY e.version`,
      [code],
    );
    expect(actions.map((a) => a.action)).toEqual(['check_document', 'uncheck_document']);
  });

  it('still serves a file the portal stored in its row before the FileStore, only as an attachment', async () => {
    const legacy = Buffer.from('<html>tệp cũ</html>');
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO dossier_document (dossier_id, name, kind, file_name, mime_type, size, sha256, content)
       SELECT id, $2, 'portal', 'cu.html', 'text/html', $3, $4, $5 FROM dossier WHERE code = $1 RETURNING id`,
      [code, component, legacy.length, sha256(legacy), legacy],
    );
    const res = await download(api, client, 'letan.xa', code, id);
    expect(res.status).toBe(200);
    expect((res.body as Buffer).equals(legacy)).toBe(true);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="cu.html"/);
    expect(existsSync(join(process.env.FILES_DIR!, sha256(legacy).slice(0, 2)))).toBe(false);
  });

  it('runs the same upload and download flow as the object store suite, on the local directory', async () => {
    const third = await client.receive('letan.xa', '2.000908', {}, 3);
    const logged = async () =>
      Number((await query<{ n: string }>(`SELECT count(*) AS n FROM access_log WHERE kind = 'file'`))[0].n);
    const files = await roundTrip(api, client, third.body.code as string, component, logged);
    for (const f of files)
      expect(existsSync(join(process.env.FILES_DIR!, f.sha256.slice(0, 2), f.sha256))).toBe(true);
  });
});
