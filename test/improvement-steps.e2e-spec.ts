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
    }
  });
});
