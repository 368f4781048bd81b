import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { INestApplication } from '@nestjs/common';
import { fileKey } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { roundTrip } from './support/documents';

interface S3Server {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
// s3rver ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3Server;

const BUCKET = 'motcua-files';
// s3rver's own credentials: it checks the SigV4 signature of every request with them.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe("the dossier's files in an S3-compatible object store (FILE_STORE=s3)", () => {
  const directory = mkdtempSync(join(tmpdir(), 'motcua-s3-'));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  let endpoint: string;
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    Object.assign(process.env, {
      FILE_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY: CREDENTIALS.accessKeyId,
      S3_SECRET_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    });
    e2e = await bootE2e({ worker: true });
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
    await s3.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('runs the upload and download flow on the object store, and leaves the local directory empty', async () => {
    const received = await client.receive('letan.xa', '2.000908', {}, 1);
    const code = received.body.code as string;
    const component = (await client.documentsOf('2.000908'))[0].name;
    const logged = async () =>
      Number((await query<{ n: string }>(`SELECT count(*) AS n FROM access_log WHERE kind = 'file'`))[0].n);
    const files = await roundTrip(api, client, code, component, logged);

    const store = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: CREDENTIALS,
    });
    for (const file of files) {
      const head = await store.send(new HeadObjectCommand({ Bucket: BUCKET, Key: fileKey(file.sha256) }));
      expect(head.ContentLength).toBe(file.size);
      expect(head.ContentType).toBe(file.mimeType);
    }
    store.destroy();
    expect(readdirSync(process.env.FILES_DIR!)).toEqual([]);
  });

  it('answers a file whose object is gone with a 404 that says so, not a 500', async () => {
    const [row] = await query<{ code: string; id: string }>(
      `SELECT d.code, f.id FROM dossier_document f JOIN dossier d ON d.id = f.dossier_id LIMIT 1`,
    );
    await query(`UPDATE dossier_document SET file_key = $2 WHERE id = $1`, [row.id, fileKey('f'.repeat(64))]);
    const res = await client.get('letan.xa', `/dossiers/${row.code}/documents/${row.id}/content`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('FILE_NOT_FOUND');
    expect(res.body.message).toMatch(/kho lưu trữ/);
  });
});
