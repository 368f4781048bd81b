import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createPortalSim, type PortalSim } from '../apps/portal-sim/src/portal-sim.service';
import { query } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';
import { DEV_PORTAL } from './support/portal';

describe('the portal simulator signs submissions that motcua accepts', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  let sim: PortalSim;

  beforeAll(async () => {
    e2e = await bootE2e({ listen: 0 });
    ({ api } = e2e);
    const { port } = api.getHttpServer().address() as { port: number };
    sim = await createPortalSim({
      syncSecret: 'unused-sync-secret-0123456789',
      inbound: { url: `http://127.0.0.1:${port}/api/v1/portal/dossiers`, ...DEV_PORTAL },
    });
  });

  afterAll(async () => {
    await sim?.close();
    await e2e?.close();
  });

  it('submits through the simulator once, and a resend gives the same dossier', async () => {
    const documents = await new DossierClient(api).documentsOf('2.000908');
    const body = JSON.stringify({
      portalDossierId: `G22.99-${randomUUID()}`,
      procedureCode: '2.000908',
      receivingUnit: 'mot-cua-xa',
      applicant: applicant(1),
      documents,
      payment: { status: 'not_required' },
    });
    const send = () =>
      fetch(`${sim.url}/submit`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const first = await send();
    expect(first.status).toBe(201);
    const { code, portalStatus } = (await first.json()) as { code: string; portalStatus: number };
    expect(portalStatus).toBe(1);
    const again = await send();
    expect(again.status).toBe(200);
    expect(((await again.json()) as { code: string }).code).toBe(code);
    expect(await query('SELECT 1 FROM dossier WHERE code = $1', [code])).toHaveLength(1);
  });

  it('notifies an online payment through the simulator, signed; a resend records it once', async () => {
    const documents = await new DossierClient(api).documentsOf('1.001612');
    const submitted = await fetch(`${sim.url}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        portalDossierId: `G22.99-${randomUUID()}`,
        procedureCode: '1.001612',
        receivingUnit: 'mot-cua-xa',
        applicant: applicant(2),
        documents,
        payment: { status: 'unpaid', amount: 100000 },
      }),
    });
    const { code } = (await submitted.json()) as { code: string };
    const body = JSON.stringify({
      dossierCode: code,
      transactionId: `PAYGOV-${randomUUID()}`,
      amount: 100000,
      paidAt: new Date().toISOString(),
    });
    const pay = () =>
      fetch(`${sim.url}/pay`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const first = await pay();
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ code, amount: 100000, feesTotal: 100000, paid: true });
    expect((await pay()).status).toBe(200);
    const rows = await query<{ paid: number; payments: number }>(
      `SELECT d.paid_amount AS paid, (SELECT count(*)::int FROM dossier_payment p WHERE p.dossier_id = d.id) AS payments
         FROM dossier d WHERE d.code = $1`,
      [code],
    );
    expect(rows).toEqual([{ paid: 100000, payments: 1 }]);
  });
});
