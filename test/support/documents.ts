import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DossierClient } from './dossier-client';

// Real files, as small as their formats allow: file-type sniffs them from their first bytes.
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export interface Upload {
  name: string;
  content: Buffer;
}

/** POST /dossiers/:code/documents as `username`: multipart, the files in `files`, the component if given. */
export async function attach(
  api: INestApplication,
  client: DossierClient,
  username: string,
  code: string,
  files: Upload[],
  component?: string,
) {
  const req = request(api.getHttpServer())
    .post(`/api/v1/dossiers/${code}/documents`)
    .set('Authorization', `Bearer ${await client.token(username)}`);
  if (component !== undefined) req.field('component', component);
  for (const f of files)
    req.attach('files', f.content, { filename: f.name, contentType: 'application/octet-stream' });
  return req;
}

/** GET a file's bytes as `username`, as a Buffer whatever its type. */
export async function download(
  api: INestApplication,
  client: DossierClient,
  username: string,
  code: string,
  id: string,
  query = '',
) {
  return request(api.getHttpServer())
    .get(`/api/v1/dossiers/${code}/documents/${id}/content${query}`)
    .set('Authorization', `Bearer ${await client.token(username)}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

export interface ListedFile {
  id: string;
  component: string | null;
  kind: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  step: string | null;
  attachedBy: string;
  checkedAt: string | null;
}

export interface Listed {
  components: Array<{ name: string; handed: boolean; digitised: boolean; files: ListedFile[] }>;
  working: ListedFile[];
  digitised: boolean;
  totalBytes: number;
}

/**
 * The flow every FileStore must carry: reception attaches a PDF and a PNG of `component`, both come back byte for
 * byte with their sniffed types, and each download is in the access log. Returns the files as listed.
 */
export async function roundTrip(
  api: INestApplication,
  client: DossierClient,
  code: string,
  component: string,
  logged: () => Promise<number>,
): Promise<ListedFile[]> {
  const before = await logged();
  const res = await attach(
    api,
    client,
    'letan.xa',
    code,
    [
      { name: 'Bản quét tờ khai.pdf', content: PDF },
      { name: 'ảnh.png', content: PNG },
    ],
    component,
  );
  expect(res.status).toBe(201);
  const files = (res.body as Listed).components.find((c) => c.name === component)!.files.slice(-2);
  expect(files.map((f) => f.mimeType)).toEqual(['application/pdf', 'image/png']);
  for (const [file, content] of [
    [files[0], PDF],
    [files[1], PNG],
  ] as const) {
    const got = await download(api, client, 'letan.xa', code, file.id);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe(file.mimeType);
    expect((got.body as Buffer).equals(content)).toBe(true);
  }
  expect(await logged()).toBe(before + 2);
  return files;
}
