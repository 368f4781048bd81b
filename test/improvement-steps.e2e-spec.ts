import ExcelJS from 'exceljs';
import request from 'supertest';
import { loadCatalog } from '@motcua/catalog';
import { ManualClock } from '@motcua/common';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import type { DossierClient } from './support/dossier-client';

// October 2026 in Lào Cai: no public holiday; 5 October is a Monday. 2.000908's ISO table: receive 2 h,
// appraise 3 h, sign 2 h, release 1 h; one working day in all.
const at = (local: string) => new Date(`2026-10-${local}:00+07:00`);
const PERIOD = 'from=2026-10-01&to=2026-10-31';
const P = '2.000908';

interface Figure {
  procedureCode: string;
  stepId: string;
  [figure: string]: unknown;
}

/** The control sheet's rows as the HTML of form 06 shows them: [step, received at, handed over at, result]. */
function controlSheetRows(html: string): Array<{ step: string; start: Date; end: Date; late: boolean }> {
  const body = html.slice(html.indexOf('<tbody>'));
  const rows = [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, tr]) =>
    [...tr!.matchAll(/<td>(.*?)<\/td>/g)].map(([, td]) => td!),
  );
  const instant = (text: string) => {
    const [d, m, y, hh, mm] = text.split(/[/ :]/);
    return new Date(`${y}-${m}-${d}T${hh}:${mm}:00+07:00`);
  };
  return rows.map((r) => ({
    step: r[0]!,
    start: instant(r[3]!),
    end: instant(r[5]!),
    late: r[6] === 'Quá hạn',
  }));
}

describe('step analytics: the time of each step against its ISO table', () => {
  const clock = new ManualClock(at('05T08:00'));
  const calendar = loadCatalog('workflows').catalog!.calendar;
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;
  const codes: Record<string, string> = {};

  const receive = async (name: string, when: Date, n: number) => {
    clock.set(when);
    const { body } = await client.receive('letan.xa', P, {}, n);
    await client.started('letan.xa', body.code as string);
    codes[name] = body.code as string;
    return body.code as string;
  };
  const act = async (when: Date, user: string, code: string, action: string, body = {}) => {
    clock.set(when);
    const res = await client.act(user, code, action, body);
    expect(res.status).toBe(200);
  };
  const assign = async (when: Date, code: string, username: string) => {
    clock.set(when);
    const { version } = (await client.get('chanhvp.xa', `/dossiers/${code}`)).body as { version: number };
    const res = await client.post('chanhvp.xa', `/dossiers/${code}/assign`, {
      username,
      expectedVersion: version,
    });
    expect(res.status).toBe(200);
  };
  const steps = async (user: string, query = PERIOD) => client.get(user, `/improvement/steps?${query}`);

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    client = e2e.client;
    // A: assigned an hour after it reached appraisal, appraised late, sent back once by the leader, done on time.
    const a = await receive('a', at('05T08:00'), 1);
    await act(at('05T09:00'), 'letan.xa', a, 'forward');
    await assign(at('05T10:00'), a, 'tuphap.xa1');
    await act(at('05T14:00'), 'tuphap.xa1', a, 'submit', { comment: 'Đủ điều kiện' });
    await act(at('05T15:00'), 'chutich.xa', a, 'send_back', { reason: 'Thiếu đối chiếu sổ gốc' });
    await act(at('05T15:30'), 'tuphap.xa1', a, 'submit', { comment: 'Đã đối chiếu' });
    await act(at('05T16:00'), 'chutich.xa', a, 'sign');
    await act(at('05T16:30'), 'letan.xa', a, 'hand_over');
    // B: a day at appraisal, finished late: the late dossier of the period, late at appraisal.
    const b = await receive('b', at('05T08:30'), 2);
    await act(at('05T09:00'), 'letan.xa', b, 'forward');
    await act(at('06T09:00'), 'tuphap.xa2', b, 'submit', { comment: 'Đủ điều kiện' });
    await act(at('06T10:00'), 'chutich.xa', b, 'sign');
    await act(at('06T10:30'), 'letan.xa', b, 'hand_over');
    // C: appraisal asks the citizen for a supplement and waits for it.
    const c = await receive('c', at('05T09:00'), 3);
    await act(at('05T09:30'), 'letan.xa', c, 'forward');
    await act(at('05T10:00'), 'tuphap.xa1', c, 'request_supplement', {
      reason: 'Thiếu tờ khai',
      missingItems: ['Tờ khai yêu cầu cấp bản sao'],
    });
    clock.set(new Date('2026-11-02T08:00:00+07:00'));
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('measures each step in working minutes against the ISO table', async () => {
    const res = await steps('giamdoc.ttxa');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-10-01', to: '2026-10-31', readFrom: { server: 'primary' } });
    const figures = res.body.steps as Figure[];
    expect(figures.map((f) => f.stepId)).toEqual(['receive', 'appraise', 'sign', 'release']);
    const [receive, appraise, sign, release] = figures;
    expect(receive).toMatchObject({ allottedMinutes: 120, handOvers: 3, medianMinutes: 30, lateShare: 0 });
    expect(appraise).toMatchObject({
      procedureCode: P,
      unit: 'tu-phap-xa',
      allottedMinutes: 180,
      handOvers: 3,
      medianMinutes: 210,
      meanMinutes: 240,
      lateShare: 1,
      waitMedianMinutes: 60,
      workMedianMinutes: 150,
      repeatVisits: 1,
      supplementRequests: 1,
      lateDossiers: 1,
      lateDossierShare: 1,
    });
    expect(sign).toMatchObject({ handOvers: 3, sendBacks: 1, sendBackRate: 0.3333, lateDossiers: 0 });
    expect(release).toMatchObject({ handOvers: 2, medianMinutes: 30 });
  });

  it('agrees with the control sheets (form 06) of the dossiers, hand-over for hand-over', async () => {
    const rows = [];
    for (const code of Object.values(codes)) {
      const res = await client.get('giamdoc.ttxa', `/dossiers/${code}/forms/06.html`);
      expect(res.status).toBe(200);
      rows.push(...controlSheetRows(res.text));
    }
    const figures = (await steps('giamdoc.ttxa')).body.steps as Array<Figure & { stepName: string }>;
    for (const f of figures) {
      const mine = rows.filter((r) => r.step === f.stepName);
      const minutes = mine.map((r) => calendar.workingMinutesBetween(r.start, r.end));
      expect(f.handOvers).toBe(mine.length);
      expect(f.meanMinutes).toBeCloseTo(minutes.reduce((s, m) => s + m, 0) / mine.length, 1);
      expect(f.lateShare).toBeCloseTo(mine.filter((r) => r.late).length / mine.length, 4);
      const sorted = [...minutes].sort((a, b) => a - b);
      const middle = (sorted.length - 1) / 2;
      expect(f.medianMinutes).toBeCloseTo((sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2, 1);
    }
  });

  it('ranks the step that held the late dossiers, in a sentence for the ISO committee', async () => {
    const res = await client.get('giamdoc.ttxa', `/improvement/bottlenecks?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body.bottlenecks).toEqual([
      expect.objectContaining({
        rank: 1,
        procedureCode: P,
        stepId: 'appraise',
        lateDossiers: 1,
        sentence:
          'Quy trình ISO quy định 3 giờ cho bước Thẩm định hồ sơ, đối chiếu sổ gốc, lập bản sao; trung vị thực tế 3,5 giờ; 100 % hồ sơ trễ hạn bị trễ ở bước này',
      }),
    ]);
  });

  it('gives the trend month by month, a month without hand-overs included', async () => {
    const res = await client.get('giamdoc.ttxa', '/improvement/trend?from=2026-09-01&to=2026-10-31');
    expect(res.status).toBe(200);
    expect(res.body.points).toEqual([
      { month: '2026-09', handOvers: 0, lateHandOvers: 0, lateShare: null, meanMinutes: null },
      expect.objectContaining({ month: '2026-10', handOvers: 11, lateHandOvers: 3 }),
    ]);
    const appraisal = await client.get(
      'giamdoc.ttxa',
      `/improvement/trend?${PERIOD}&procedureCode=${P}&stepId=appraise`,
    );
    expect(appraisal.body.points).toEqual([
      { month: '2026-10', handOvers: 3, lateHandOvers: 3, lateShare: 1, meanMinutes: 240 },
    ]);
  });

  it("gives a head their officers' figures, of their own unit only", async () => {
    const res = await client.get('chanhvp.xa', `/improvement/officers?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body.unit).toBe('tu-phap-xa');
    const officers = res.body.officers as Array<{ username: string; steps: Figure[] }>;
    expect(officers.map((o) => o.username).sort()).toEqual(['tuphap.xa1', 'tuphap.xa2']);
    const one = officers.find((o) => o.username === 'tuphap.xa1')!;
    expect(one.steps).toEqual([expect.objectContaining({ stepId: 'appraise', handOvers: 2, lateShare: 1 })]);
    // A supervisor, an ISO officer or a leader reads the steps, not the people.
    for (const user of ['giamdoc.ttxa', 'iso.pvhcc', 'chutich.xa'])
      expect((await client.get(user, `/improvement/officers?${PERIOD}`)).body.code).toBe('FORBIDDEN_ROLE');
  });

  it('shows each reader the steps of their units only, and none to reception or officers', async () => {
    const ids = async (user: string) => ((await steps(user)).body.steps as Figure[]).map((f) => f.stepId);
    expect(await ids('chanhvp.xa')).toEqual(['appraise']);
    expect(await ids('chutich.xa')).toEqual(['sign']);
    expect(await ids('quantri')).toEqual(['receive', 'appraise', 'sign', 'release']);
    // The province center's ISO officer: the commune's units are not the province's.
    expect(await ids('iso.pvhcc')).toEqual([]);
    for (const user of ['letan.xa', 'tuphap.xa1']) {
      const res = await steps(user);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
      expect((await client.get(user, `/improvement/bottlenecks?${PERIOD}`)).status).toBe(403);
    }
  });

  it('refuses a bad period, a bad query and an unknown agency with their codes', async () => {
    const code = async (query: string) => (await steps('giamdoc.ttxa', query)).body.code as string;
    expect(await code('from=2026-10-31&to=2026-10-01')).toBe('BAD_PERIOD');
    expect(await code('from=2025-01-01&to=2026-10-01')).toBe('BAD_PERIOD');
    expect(await code('from=2026-12-01&to=2026-12-31')).toBe('PERIOD_NOT_STARTED');
    expect(await code(`${PERIOD}&version=abc`)).toBe('VALIDATION_FAILED');
    expect(await code(`${PERIOD}&agency=khong-co`)).toBe('UNKNOWN_UNIT');
  });

  it("downloads the step table, the ranking and a head's per-officer table as spreadsheets", async () => {
    const xlsx = async (path: string, user = 'giamdoc.ttxa') => {
      const res = await request(e2e!.api.getHttpServer())
        .get(`/api/v1${path}`)
        .set('Authorization', `Bearer ${await client.token(user)}`)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain('.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as unknown as ExcelJS.Buffer);
      return workbook.worksheets[0]!;
    };
    const table = await xlsx(`/improvement/steps?${PERIOD}&format=xlsx`);
    expect(table.getCell('A2').value).toBe('Kỳ: từ ngày 01/10/2026 đến hết ngày 31/10/2026');
    expect(table.getCell('D4').value).toBe('Bước');
    expect(table.getRow(6).values).toEqual(
      expect.arrayContaining([P, 'Thẩm định hồ sơ, đối chiếu sổ gốc, lập bản sao', 180, 3, 210, 240, 100]),
    );
    const ranking = await xlsx(`/improvement/bottlenecks?${PERIOD}&format=xlsx`);
    expect(String(ranking.getCell('H5').value)).toContain('100 % hồ sơ trễ hạn bị trễ ở bước này');
    const officers = await xlsx(`/improvement/officers?${PERIOD}&format=xlsx`, 'chanhvp.xa');
    expect(officers.getCell('A4').value).toBe('Cán bộ');
    const usernames = [5, 6, 7, 8].map((row) => officers.getCell(`B${row}`).value).filter(Boolean);
    expect([...new Set(usernames)].sort()).toEqual(['tuphap.xa1', 'tuphap.xa2']);
  });
});
