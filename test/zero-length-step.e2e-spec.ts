import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { waitFor } from './support/worker';

// Sweeps run when a test asks for one, at the time it set on the clock.
process.env.DEADLINE_SWEEP_MS = '3600000';

const at = (local: string): Date => new Date(`${local}+07:00`);

// 1.115668 (land registration, 8 working days): its last step, "Trả kết quả" at the provincial center, is 0
// working days long. Waiting there for the citizen is no step being late.
describe('a step of no length raises no deadline flag', () => {
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  let e2e: E2eWithWorker | undefined;
  let worker: INestApplication;
  let client: DossierClient;
  let sweeper: DeadlineSweepService;
  let waiting: string;
  let working: string;

  const act = async (username: string, code: string, action: string) => {
    const res = await client.act(username, code, action);
    expect(res.status).toBe(200);
  };
  const receive = async (n: number): Promise<string> => {
    const res = await client.receive('letan.tinh1', '1.115668', {}, n);
    expect(res.status).toBe(201);
    const code = res.body.code as string;
    await client.started('letan.tinh1', code);
    await act('letan.tinh1', code, 'forward');
    return code;
  };
  const flagsOf = async (code: string) => (await client.get('giamdoc.pvhcc', `/dossiers/${code}`)).body.flags;
  const notified = async (username: string): Promise<Array<{ dossierCode: string; flag: string }>> =>
    (await client.get(username, '/notifications?limit=100')).body.items;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ worker, client } = e2e);
    sweeper = worker.get(DeadlineSweepService);
    waiting = await receive(1);
    working = await receive(2);
    clock.set(at('2026-11-23T09:00:00'));
    await act('dangky.vpdk1', waiting, 'submit');
    await act('truongphong.vpdk', waiting, 'submit');
    await act('giamdoc.vpdk', waiting, 'approve');
    await act('dangky.vpdk1', waiting, 'transfer_result');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('waits at "Trả kết quả" without due soon or step overdue, while a step given time is flagged', async () => {
    const view = (await client.get('letan.tinh1', `/dossiers/${waiting}`)).body;
    expect(view.step).toMatchObject({ id: 'release', dueAt: '2026-11-23T09:00:00+07:00' });
    // Past the other's appraisal (4.5 working days, due Monday 30 November 13:30), before both appointments.
    clock.set(at('2026-12-01T08:00:00'));
    expect((await sweeper.sweep()).errors).toBe(0);
    // Idle for two working days it is stalled, as any dossier is; that is not about the step's length.
    expect(await flagsOf(waiting)).toMatchObject({ dueSoon: null, overdue: null, stepOverdue: null });
    expect((await flagsOf(working)).stepOverdue).not.toBeNull();
    const raised = await query<{ code: string; flag: string }>(
      `SELECT d.code, f.flag FROM dossier_flag f JOIN dossier d ON d.id = f.dossier_id WHERE f.flag <> 'stalled'`,
    );
    expect(raised.filter((r) => r.code === waiting)).toEqual([]);
    expect(raised.filter((r) => r.code === working).map((r) => r.flag)).toContain('step_overdue');
  });

  it('tells the step owners of the step given time, and reception nothing about the one waiting', async () => {
    const officer = await waitFor(
      async () => {
        const items = await notified('dangky.vpdk1');
        return items.some((n) => n.flag !== 'stalled') ? items : undefined;
      },
      { what: 'the officer to be told of the late appraisal' },
    );
    expect(officer.every((n) => n.dossierCode === working)).toBe(true);
    const desk = await notified('letan.tinh1');
    expect(desk.filter((n) => n.dossierCode === waiting && n.flag !== 'stalled')).toEqual([]);
  });
});
