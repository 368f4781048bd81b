import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { waitFor } from './worker';
import type { components } from '@motcua/contract';
import { login } from './auth';

type Schemas = components['schemas'];
export type Applicant = Schemas['ApplicantDto'];

export const applicant = (n = 1): Applicant => ({
  fullName: `Nguyễn Thị Hồng Nhung ${n}`,
  idNumber: String(1085000000 + n).padStart(12, '0'),
  phone: `09${String(12345670 + n).padStart(8, '0')}`,
  email: `nhung${n}@example.vn`,
  address: 'Thôn Phú Hợp, xã Gia Phú, tỉnh Lào Cai',
});

/** Drives the api as the sample users would: tokens are fetched once per user. */
export class DossierClient {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly app: INestApplication) {}

  async token(username: string): Promise<string> {
    if (!this.tokens.has(username)) this.tokens.set(username, await login(this.app, username));
    return this.tokens.get(username)!;
  }

  async get(username: string, path: string) {
    return request(this.app.getHttpServer())
      .get(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await this.token(username)}`);
  }

  async post(username: string, path: string, body: unknown) {
    return request(this.app.getHttpServer())
      .post(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await this.token(username)}`)
      .send(body as object);
  }

  /** The required documents of a procedure, handed in complete. */
  async documentsOf(code: string): Promise<Array<Schemas['HandedDocumentDto']>> {
    const res = await this.get('giamdoc.ttxa', `/procedures/${code}`);
    const docs = (res.body as Schemas['ProcedureDetailView']).documents;
    return docs.filter((d) => d.required).map(({ name, originals, copies }) => ({ name, originals, copies }));
  }

  async receive(username: string, procedureCode: string, extra: Record<string, unknown> = {}, n = 1) {
    return this.post(username, '/dossiers', {
      procedureCode,
      channel: 'in_person',
      applicant: applicant(n),
      documents: await this.documentsOf(procedureCode),
      ...extra,
    });
  }

  /** Waits for the intake queue to start the dossier. */
  started(username: string, code: string) {
    return waitFor(
      async () => {
        const res = await this.get(username, `/dossiers/${code}`);
        return res.status === 200 && res.body.status !== 'accepted' ? res.body : undefined;
      },
      { what: `dossier ${code} to be started` },
    );
  }

  /** An action as the dossier stands; a `hand_over` without a `collector` hands the result to the applicant. */
  async act(username: string, code: string, action: string, body: Record<string, unknown> = {}) {
    const current = await this.get(username, `/dossiers/${code}`);
    const idNumber = (current.body as Partial<Schemas['DossierView']>).applicant?.idNumber;
    const handBack = action === 'hand_over' && !('collector' in body) && idNumber;
    return this.post(username, `/dossiers/${code}/actions`, {
      action,
      expectedVersion: current.body.version,
      ...(handBack ? { collector: { kind: 'applicant', idNumber } } : {}),
      ...body,
    });
  }
}
