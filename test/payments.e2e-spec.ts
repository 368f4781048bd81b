import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';
import { portalHeaders, submitToPortal } from './support/portal';

// Đăng ký hộ kinh doanh: 100.000 đồng, received by the commune center, resolved by its economic office.
const PROCEDURE = '1.001612';
const FEE = 100000;

describe('fees, payments and the hand-back of the result', () => {
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  let n = 0;

  beforeAll(async () => {
    e2e = await bootE2e({ worker: true });
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const keys = new Map<string, string>();

  /** A started dossier of the procedure, optionally walked to its result step (status result_ready). */
  async function dossier({ toRelease = false } = {}): Promise<string> {
    const receipt = await client.receive('letan.xa', PROCEDURE, {}, ++n);
    expect(receipt.status).toBe(201);
    const code = receipt.body.code as string;
    keys.set(code, receipt.body.lookupKey as string);
    await client.started('letan.xa', code);
    if (!toRelease) return code;
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    expect((await client.act('kinhte.xa1', code, 'submit')).status).toBe(200);
    const approved = await client.act('truongphong.kt', code, 'approve');
    expect(approved.body.status).toBe('result_ready');
    return code;
  }

  const pay = (username: string, code: string, body: Record<string, unknown>) =>
    client.post(username, `/dossiers/${code}/payments`, body);

  const paidAmount = async (code: string): Promise<number> =>
    (await query<{ paid: number }>(`SELECT paid_amount AS paid FROM dossier WHERE code = $1`, [code]))[0]!
      .paid;

  const portalPay = (body: Record<string, unknown>, sign: Parameters<typeof portalHeaders>[1] = {}) => {
    const raw = JSON.stringify(body);
    return request(api.getHttpServer())
      .post('/api/v1/portal/payments')
      .set(portalHeaders(raw, sign))
      .send(raw);
  };

  const lookup = (code: string) =>
    request(api.getHttpServer())
      .get(`/api/v1/public/dossiers/${encodeURIComponent(code)}`)
      .query({ key: keys.get(code) });

  describe('at the desk', () => {
    let code: string;

    beforeAll(async () => {
      code = await dossier();
    });

    it("shows the procedure's fees on the dossier, and what is still due", async () => {
      const view = await client.get('letan.xa', `/dossiers/${code}`);
      expect(view.body.fees).toEqual({
        fees: [{ name: 'Lệ phí đăng ký hộ kinh doanh', amount: FEE }],
        feesTotal: FEE,
        timing: 'before_result',
        collected: true,
        paidAmount: 0,
        due: FEE,
        paid: false,
      });
    });

    it('is recorded by reception of the receiving unit, with its audit event', async () => {
      const res = await pay('letan.xa', code, { amount: 60000, method: 'cash', receiptNumber: 'BL-0001' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ code, feesTotal: FEE, paidAmount: 60000, due: 40000, paid: false });
      expect(res.body.payments).toEqual([
        expect.objectContaining({
          amount: 60000,
          method: 'cash',
          source: 'desk',
          receiptNumber: 'BL-0001',
          receivedBy: expect.any(String),
        }),
      ]);
      const history = await client.get('letan.xa', `/dossiers/${code}/history`);
      expect(history.body.at(-1)).toMatchObject({
        action: 'payment',
        actor: { username: 'letan.xa', role: 'reception' },
        payload: { amount: 60000, method: 'cash', receiptNumber: 'BL-0001', paidAmount: 60000, due: 40000 },
      });
      const view = await client.get('letan.xa', `/dossiers/${code}`);
      expect(view.body.fees).toMatchObject({ paidAmount: 60000, due: 40000 });
      expect(view.body.payments).toEqual([
        expect.objectContaining({ amount: 60000, receiptNumber: 'BL-0001' }),
      ]);
      // The center's supervisor reads the payments; they do not record them.
      const listed = await client.get('giamdoc.ttxa', `/dossiers/${code}/payments`);
      expect(listed.status).toBe(200);
      expect(listed.body.payments).toHaveLength(1);
    });

    it('is refused to anyone else: the center supervisor (403), a desk of another unit (404)', async () => {
      const officer = await pay('giamdoc.ttxa', code, {
        amount: 1000,
        method: 'cash',
        receiptNumber: 'BL-0002',
      });
      expect(officer.status).toBe(403);
      expect(officer.body.code).toBe('NOT_RECEPTION_UNIT');
      const otherDesk = await pay('letan.tinh1', code, {
        amount: 1000,
        method: 'cash',
        receiptNumber: 'BL-0003',
      });
      expect(otherDesk.status).toBe(404);
      expect((await client.get('letan.tinh1', `/dossiers/${code}/payments`)).status).toBe(404);
      expect(await paidAmount(code)).toBe(60000);
    });

    it('refuses a bad amount, more than is due, and a receipt number already used in the agency', async () => {
      const zero = await pay('letan.xa', code, { amount: 0, method: 'cash', receiptNumber: 'BL-0004' });
      expect(zero.status).toBe(400);
      expect(zero.body.message).toContain('số tiền phải lớn hơn 0');
      const method = await pay('letan.xa', code, {
        amount: 1000,
        method: 'barter',
        receiptNumber: 'BL-0004',
      });
      expect(method.status).toBe(400);
      const over = await pay('letan.xa', code, { amount: 50000, method: 'card', receiptNumber: 'BL-0004' });
      expect(over.status).toBe(422);
      expect(over.body).toMatchObject({ code: 'OVERPAYMENT', details: { due: 40000 } });
      expect(over.body.message).toContain('vượt số còn phải nộp');

      const another = await dossier();
      const reused = await pay('letan.xa', another, {
        amount: 1000,
        method: 'cash',
        receiptNumber: 'BL-0001',
      });
      expect(reused.status).toBe(409);
      expect(reused.body.code).toBe('RECEIPT_NUMBER_TAKEN');
      // Nothing of the refused payment was written: neither the sum, nor a row, nor an event.
      expect(await paidAmount(another)).toBe(0);
      const history = await client.get('letan.xa', `/dossiers/${another}/history`);
      expect(history.body.map((e: { action: string }) => e.action)).not.toContain('payment');
      expect(await paidAmount(code)).toBe(60000);
    });

    it('takes two payments sent at once one after the other: the second cannot pass what is due', async () => {
      const both = await dossier();
      const [a, b] = await Promise.all([
        pay('letan.xa', both, { amount: 70000, method: 'cash', receiptNumber: 'BL-0201' }),
        pay('letan.xa2', both, { amount: 70000, method: 'cash', receiptNumber: 'BL-0202' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 422]);
      expect([a.body.code, b.body.code]).toContain('OVERPAYMENT');
      expect(await paidAmount(both)).toBe(70000);
    });

    it('refuses a payment for a procedure that charges nothing', async () => {
      const free = (await client.receive('letan.xa', '2.000908', {}, ++n)).body.code as string;
      await client.started('letan.xa', free);
      const res = await pay('letan.xa', free, { amount: 8000, method: 'cash', receiptNumber: 'BL-0005' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('PAYMENT_NOT_COLLECTED');
    });
  });

  describe('the hand-over of the result', () => {
    let code: string;

    beforeAll(async () => {
      code = await dossier({ toRelease: true });
    });

    it('is refused while the fees are not paid in full', async () => {
      await pay('letan.xa', code, { amount: 40000, method: 'bank_transfer', receiptNumber: 'BL-0101' });
      const res = await client.act('letan.xa', code, 'hand_over');
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'FEES_UNPAID', details: { due: 60000, total: FEE } });
      expect(res.body.message).toContain('chưa nộp đủ phí, lệ phí');
      expect((await client.get('letan.xa', `/dossiers/${code}`)).body.status).toBe('result_ready');
      expect((await lookup(code)).body).toMatchObject({ feesTotal: FEE, paid: false });
    });

    it('asks who collects the result, and checks their identity document', async () => {
      await pay('letan.xa', code, { amount: 60000, method: 'cash', receiptNumber: 'BL-0102' });
      const nobody = await client.act('letan.xa', code, 'hand_over', { collector: undefined });
      expect(nobody.body.code).toBe('COLLECTOR_REQUIRED');
      const notTheApplicant = await client.act('letan.xa', code, 'hand_over', {
        collector: { kind: 'applicant', idNumber: '001099999999' },
      });
      expect(notTheApplicant.body.code).toBe('COLLECTOR_NOT_APPLICANT');
      const shortId = await client.act('letan.xa', code, 'hand_over', {
        collector: {
          kind: 'authorized',
          fullName: 'Lò Văn Páo',
          idNumber: '01208901234',
          authorization: 'GUQ 5',
        },
      });
      expect(shortId.status).toBe(422);
      expect(shortId.body).toMatchObject({
        code: 'INVALID_COLLECTOR',
        message: expect.stringContaining('12 chữ số'),
      });
    });

    it('records the authorized person who collected it, for staff only', async () => {
      const collector = {
        kind: 'authorized',
        fullName: 'Lò Văn Páo',
        idNumber: '012089012345',
        authorization: 'Giấy ủy quyền số 15/2026, chứng thực ngày 01/12/2026',
      };
      const done = await client.act('letan.xa', code, 'hand_over', { collector });
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('done');
      const view = await client.get('letan.xa', `/dossiers/${code}`);
      expect(view.body.resultCollector).toEqual({ ...collector, idType: 'cccd', postalReference: null });
      expect(view.body.fees).toMatchObject({ paidAmount: FEE, due: 0, paid: true });
      const history = await client.get('letan.xa', `/dossiers/${code}/history`);
      expect(history.body.at(-1)).toMatchObject({ action: 'hand_over', payload: { collector } });
      const publicView = await lookup(code);
      expect(publicView.body).toMatchObject({
        status: 'done',
        fees: [{ name: 'Lệ phí đăng ký hộ kinh doanh', amount: FEE }],
        feesTotal: FEE,
        paid: true,
      });
      expect(JSON.stringify(publicView.body)).not.toMatch(/012089012345|Lò Văn Páo|ủy quyền/);
      // Form 01 states what is paid; the desk's tracking book says who collected the result.
      const receipt = await client.get('letan.xa', `/dossiers/${code}/forms/01.html`);
      expect(receipt.text).toContain('Tình hình nộp phí, lệ phí');
      expect(receipt.text).toContain('Đã nộp đủ 100.000 đồng');
      const from = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
      const to = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
      const book = await client.get('letan.xa', `/forms/07.html?unit=mot-cua-xa&from=${from}&to=${to}`);
      expect(book.status).toBe(200);
      expect(book.text).toContain('người được ủy quyền nhận: Lò Văn Páo, giấy tờ số 012089012345');
      // No payment once the result is handed over (the fee of this procedure comes before it).
      const late = await pay('letan.xa', code, { amount: 1000, method: 'cash', receiptNumber: 'BL-0103' });
      expect(late.body.code).toBe('PAYMENT_NOT_OPEN');
    });
  });

  it('keeps who collected the result from a unit that only verifies (the police in a judicial record)', async () => {
    const received = await client.receive('letan.tinh1', '2.000488', {}, ++n);
    const record = received.body.code as string;
    await client.started('letan.tinh1', record);
    for (const [user, action] of [
      ['letan.tinh1', 'forward'],
      ['lylich.stp', 'request_verification'],
      ['hoso.catinh', 'reply'],
      ['truongphong.stp', 'submit'],
      ['giamdoc.stp', 'sign'],
    ]) {
      expect((await client.act(user, record, action)).status).toBe(200);
    }
    const paid = await pay('letan.tinh1', record, {
      amount: 200000,
      method: 'card',
      receiptNumber: 'BL-T-1',
    });
    expect(paid.body.paid).toBe(true);
    const collector = {
      kind: 'authorized',
      fullName: 'Vàng A Sử',
      idNumber: '010088001122',
      authorization: 'GUQ 9',
    };
    expect((await client.act('letan.tinh1', record, 'hand_over', { collector })).body.status).toBe('done');

    const police = await client.get('hoso.catinh', `/dossiers/${record}`);
    expect(police.status).toBe(200);
    expect(police.body.personalData).toBe('verification');
    expect(police.body.resultCollector).toBeNull();
    const policeSheet = await client.get('hoso.catinh', `/dossiers/${record}/history`);
    expect(policeSheet.body.at(-1).action).toBe('hand_over');
    expect(JSON.stringify(policeSheet.body)).not.toContain('010088001122');
    const justice = await client.get('lylich.stp', `/dossiers/${record}`);
    expect(justice.body.resultCollector).toMatchObject({ fullName: 'Vàng A Sử', idNumber: '010088001122' });
  });

  describe('paid online: the portal notifies the payment', () => {
    let code: string;
    const transactionId = `PAYGOV-${randomUUID()}`;
    const notice = () => ({
      dossierCode: code,
      transactionId,
      amount: FEE,
      paidAt: new Date().toISOString(),
    });

    beforeAll(async () => {
      code = await dossier({ toRelease: true });
    });

    it('records a signed notice once, answering a resend with the same receipt', async () => {
      const body = notice();
      const first = await portalPay(body);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        code,
        transactionId,
        amount: FEE,
        paidAmount: FEE,
        feesTotal: FEE,
        paid: true,
      });
      const resent = await portalPay(body);
      expect(resent.status).toBe(200);
      expect(resent.body).toEqual(first.body);
      const rows = await query<{ source: string; method: string; portal_transaction_id: string }>(
        `SELECT source, method, portal_transaction_id FROM dossier_payment p JOIN dossier d ON d.id = p.dossier_id
          WHERE d.code = $1`,
        [code],
      );
      expect(rows).toEqual([
        { source: 'portal', method: 'portal_online', portal_transaction_id: transactionId },
      ]);
      expect(await paidAmount(code)).toBe(FEE);
      const history = await client.get('letan.xa', `/dossiers/${code}/history`);
      expect(history.body.at(-1)).toMatchObject({
        action: 'payment',
        actor: { username: 'dvcqg', role: 'portal' },
      });
    });

    it('refuses the same transaction for another amount, a bad signature and a replayed nonce', async () => {
      const changed = await portalPay({ ...notice(), amount: 5000 });
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('PAYMENT_TRANSACTION_CONFLICT');
      const other = { ...notice(), transactionId: `PAYGOV-${randomUUID()}`, amount: 1000 };
      const forged = await portalPay(other, { secret: 'not-the-portal-secret-0123456789' });
      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('PORTAL_BAD_SIGNATURE');
      const nonce = `nonce-${randomUUID()}`;
      const raw = JSON.stringify(other);
      const headers = portalHeaders(raw, { nonce });
      const once = await request(api.getHttpServer()).post('/api/v1/portal/payments').set(headers).send(raw);
      // The dossier is paid in full: the extra 1.000 đồng is refused, and the nonce is used up all the same.
      expect(once.body.code).toBe('OVERPAYMENT');
      const replay = await request(api.getHttpServer())
        .post('/api/v1/portal/payments')
        .set(headers)
        .send(raw);
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('PORTAL_REPLAYED_NONCE');
      expect(await paidAmount(code)).toBe(FEE);
    });

    it('records the fee a citizen paid on the portal when submitting the dossier', async () => {
      const res = await submitToPortal(api, {
        portalDossierId: `G22.99-${randomUUID()}`,
        procedureCode: PROCEDURE,
        receivingUnit: 'mot-cua-xa',
        applicant: applicant(++n),
        documents: await client.documentsOf(PROCEDURE),
        payment: { status: 'paid', amount: FEE },
      });
      expect(res.status).toBe(201);
      const online = res.body.code as string;
      const payments = await client.get('letan.xa', `/dossiers/${online}/payments`);
      expect(payments.body).toMatchObject({ paidAmount: FEE, due: 0, paid: true });
      expect(payments.body.payments).toEqual([
        expect.objectContaining({ amount: FEE, source: 'portal', method: 'portal_online' }),
      ]);
    });

    it('refuses a notice for a dossier that does not exist', async () => {
      const res = await portalPay({
        ...notice(),
        dossierCode: '000.01.52.H38-991231-9999',
        transactionId: 'T-404x',
      });
      expect(res.status).toBe(404);
    });

    it('lets the result go once paid online, and counts the dossier in the online-payment rate', async () => {
      const done = await client.act('letan.xa', code, 'hand_over');
      expect(done.body.status).toBe('done');
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const report = await client.get('giamdoc.ttxa', `/reports/indicators?from=${from}&to=${to}`);
      expect(report.status).toBe(200);
      const rate = report.body.indicators.find((i: { key: string }) => i.key === 'onlinePaymentRate');
      // Every dossier of this suite received today with the 100.000 đồng fee; one of them paid through the portal.
      const [{ charged }] = await query<{ charged: number }>(
        `SELECT count(*)::int AS charged FROM dossier WHERE procedure_code = $1 AND clock_started_at IS NOT NULL`,
        [PROCEDURE],
      );
      expect(rate).toMatchObject({ numerator: 1, denominator: charged });
      expect(charged).toBeGreaterThan(1);
      expect(rate.value).toBeCloseTo((100 * 1) / charged, 1);
    });
  });
});
