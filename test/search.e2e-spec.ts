import { ManualClock } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';

const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');

describe('searching dossiers as people type', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;
  const codes: string[] = [];

  const found = async (username: string, q: string): Promise<string[]> => {
    const res = await client.get(username, `/dossiers?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ code: string }>).map((d) => d.code).sort();
  };

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ client } = e2e);
    const names = ['Nguyễn Văn Đức', 'Nguyễn Thị Lan', 'Trần Văn Nguyên'];
    for (const [i, fullName] of names.entries()) {
      const res = await client.receive('letan.xa', '2.000908', { applicant: { ...applicant(i), fullName } });
      expect(res.status).toBe(201);
      codes.push(res.body.code as string);
    }
    await client.started('letan.xa', codes[2]);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('finds names typed without their marks, in any case', async () => {
    expect(await found('letan.xa', 'nguyen van')).toEqual([codes[0]]);
    expect(await found('letan.xa', 'NGUYEN')).toEqual(codes.slice().sort());
    expect(await found('letan.xa', 'van duc')).toEqual([codes[0]]);
    expect(await found('letan.xa', '  nguyễn   thị ')).toEqual([codes[1]]);
    expect(await found('letan.xa', 'nguyen van a')).toEqual([]);
  });

  it('finds a dossier by part of its code, and by the whole id number only', async () => {
    const tail = codes[1].split('-').slice(-2).join('-');
    expect(tail).toMatch(/^261123-\d{4}$/);
    expect(await found('letan.xa', tail)).toEqual([codes[1]]);
    expect(await found('letan.xa', codes[1].toLowerCase())).toEqual([codes[1]]);
    expect(await found('letan.xa', '261123-')).toEqual(codes.slice().sort());
    expect(await found('letan.xa', applicant(2).idNumber)).toEqual([codes[2]]);
    expect(await found('letan.xa', applicant(2).idNumber.slice(0, 8))).toEqual([]);
    // Wildcards typed are taken as they are.
    expect(await found('letan.xa', '%')).toEqual([]);
    expect(await found('letan.xa', '261123_')).toEqual([]);
  });

  it('finds only what the searcher may read, and logs each hit as a search', async () => {
    expect(await found('kinhte.xa1', 'nguyen')).toEqual([]);
    expect((await client.act('letan.xa', codes[2], 'forward')).status).toBe(200);
    expect(await found('tuphap.xa1', 'nguyen')).toEqual([codes[2]]);
    const logged = await query<{ kind: string; dossier_code: string }>(
      `SELECT kind, dossier_code FROM access_log WHERE username = 'tuphap.xa1'`,
    );
    expect(logged).toEqual([{ kind: 'search', dossier_code: codes[2] }]);
  });

  it('reads the folded name and the code through their trigram indexes', async () => {
    const names = (
      await query<{ indexname: string }>(
        `SELECT indexname FROM pg_indexes WHERE tablename = 'dossier' AND indexname LIKE '%trgm%' ORDER BY 1`,
      )
    ).map((r) => r.indexname);
    expect(names).toEqual(['dossier_code_trgm_idx', 'dossier_name_fold_trgm_idx']);
    const [{ folded }] = await query<{ folded: string }>(`SELECT search_fold('Đặng Thị Ngọc Ánh') AS folded`);
    expect(folded).toBe('dang thi ngoc anh');
  });
});
