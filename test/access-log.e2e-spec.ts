import { ManualClock } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';

const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const DAY = 'from=2026-11-23T00:00:00%2B07:00&to=2026-11-24T00:00:00%2B07:00';

interface Entry {
  at: string;
  username: string;
  unit: string;
  dossier: string;
  kind: string;
  detail: string | null;
  fields: string;
}

describe('the access log of personal-data reads', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;
  let code: string;

  const log = async (q: string): Promise<{ items: Entry[]; nextCursor: string | null }> => {
    const res = await client.get('quantri', `/access-log?${q}`);
    expect(res.status).toBe(200);
    return res.body as { items: Entry[]; nextCursor: string | null };
  };

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ client } = e2e);
    const res = await client.receive('letan.xa', '2.000908', {}, 7);
    code = res.body.code as string;
    await client.started('letan.xa', code);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('writes one entry per read: a view, a form, a search hit, a list page, a tracking book line', async () => {
    const before = (await log(`user=tuphap.xa1`)).items.length;
    expect(before).toBe(0);
    clock.set(new Date('2026-11-23T09:00:00+07:00'));
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    clock.set(new Date('2026-11-23T09:10:00+07:00'));
    expect((await client.get('tuphap.xa1', `/dossiers/${code}`)).status).toBe(200);
    expect((await client.get('tuphap.xa1', `/dossiers/${code}/forms/01.pdf`)).status).toBe(200);
    expect((await client.get('tuphap.xa1', `/dossiers?q=${applicant(7).idNumber}`)).body.items).toHaveLength(
      1,
    );
    expect((await client.get('tuphap.xa1', '/dossiers')).body.items).toHaveLength(1);
    expect((await client.get('tuphap.xa1', `/forms/07.html?unit=tu-phap-xa&${DAY}`)).status).toBe(200);
    // The inbox (the caller's own work queue, the name only) and the history (no applicant data) are not logged.
    const inbox = await client.get('tuphap.xa1', '/inbox');
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({
      personalData: 'name',
      applicant: { fullName: applicant(7).fullName },
    });
    expect(Object.keys(inbox.body.items[0].applicant)).toEqual(['fullName']);
    // A work list carries no documents, nor the appointments an extension would offer.
    expect(inbox.body.items[0]).not.toHaveProperty('documents');
    expect(inbox.body.items[0]).not.toHaveProperty('appointmentChoices');
    expect((await client.get('tuphap.xa1', `/dossiers/${code}/history`)).status).toBe(200);

    const { items } = await log('user=tuphap.xa1');
    expect(items.map((e) => [e.kind, e.detail, e.fields, e.dossier, e.unit])).toEqual([
      ['book', '07:tu-phap-xa', 'full', code, 'tu-phap-xa'],
      ['list', null, 'full', code, 'tu-phap-xa'],
      ['search', null, 'full', code, 'tu-phap-xa'],
      ['form', '01.pdf', 'full', code, 'tu-phap-xa'],
      ['view', null, 'full', code, 'tu-phap-xa'],
    ]);
    expect(items[0]!.at).toBe('2026-11-23T09:10:00+07:00');
    // The desk's action answered with the dossier: that is a read too.
    expect((await log(`dossier=${code}&user=letan.xa`)).items.map((e) => e.kind)).toContain('view');
  });

  it('never holds the personal data itself', async () => {
    const rows = await query<{ row: string }>(`SELECT row_to_json(a)::text AS row FROM access_log a`);
    expect(rows.length).toBeGreaterThan(0);
    const person = applicant(7);
    for (const { row } of rows)
      for (const value of [person.fullName, person.idNumber, person.phone, person.address, person.email!])
        expect(row).not.toContain(value);
  });

  it('pages newest first by dossier, within a period, without overlap', async () => {
    const first = await log(`dossier=${code}&limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await log(`dossier=${code}&limit=2&cursor=${first.nextCursor}`);
    const all = (await log(`dossier=${code}&limit=100`)).items;
    expect([...first.items, ...second.items]).toEqual(all.slice(0, first.items.length + second.items.length));
    const later = await log(`dossier=${code}&from=2026-11-23T09:05:00%2B07:00`);
    expect(later.items.every((e) => e.at >= '2026-11-23T09:05:00+07:00')).toBe(true);
    expect(later.items.length).toBeLessThan(all.length);
  });

  it('answers bad filters with a stable code', async () => {
    const cases: Array<[string, number, string]> = [
      ['', 400, 'ACCESS_LOG_FILTER_REQUIRED'],
      ['user=Not%20A%20User', 400, 'VALIDATION_FAILED'],
      [`dossier=${code}&cursor=bm90LWEtY3Vyc29y`, 400, 'INVALID_CURSOR'],
      [`dossier=${code}&from=yesterday`, 400, 'VALIDATION_FAILED'],
    ];
    for (const [q, status, errorCode] of cases) {
      const res = await client.get('quantri', `/access-log?${q}`);
      expect([q, res.status, res.body.code]).toEqual([q, status, errorCode]);
    }
    expect((await client.get('giamdoc.ttxa', `/access-log?dossier=${code}`)).status).toBe(403);
  });
});
