import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';

// Sweeps run when a test asks for one, at the time it set on the clock.
process.env.DEADLINE_SWEEP_MS = '3600000';

jest.setTimeout(120_000);

const at = (local: string): Date => new Date(`${local}+07:00`);

interface Listed {
  code: string;
  step: { id: string; dueAt: string; assignee: string | null; assigneeName: string | null } | null;
  flags: { overdue: string | null };
}

describe('work lists: inbox order, counts, assignees by name', () => {
  const clock = new ManualClock(at('2026-03-09T07:00:00'));
  let e2e: E2eWithWorker | undefined;
  let worker: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ worker, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const receiveAt = async (local: string, procedure: string, n: number): Promise<string> => {
    clock.set(at(local));
    const res = await client.receive('letan.xa', procedure, {}, n);
    expect(res.status).toBe(201);
    await client.started('letan.xa', res.body.code as string);
    return res.body.code as string;
  };
  const inbox = async (username: string): Promise<Listed[]> =>
    (await client.get(username, '/inbox')).body.items as Listed[];

  it('lists, among steps due at the same instant, the dossier past its appointment first', async () => {
    // Both received before opening: their clocks and their desk steps start together at 07:30.
    const building = await receiveAt('2026-03-09T07:00:00', '1.009994', 1);
    const business = await receiveAt('2026-03-09T07:10:00', '1.001612', 2);
    const before = (await inbox('letan.xa')).filter((d) => [building, business].includes(d.code));
    expect(before.map((d) => d.code)).toEqual([building, business]);
    expect(before[0].step!.dueAt).toBe(before[1].step!.dueAt);

    // Thursday: the household business (3 working days) is past its appointment, the building permit is not.
    clock.set(at('2026-03-12T08:00:00'));
    expect((await worker.get(DeadlineSweepService).sweep()).errors).toBe(0);
    const after = (await inbox('letan.xa')).filter((d) => [building, business].includes(d.code));
    expect(after.map((d) => [d.code, d.flags.overdue !== null])).toEqual([
      [business, true],
      [building, false],
    ]);
    expect(after[0].step!.dueAt).toBe(after[1].step!.dueAt);
  });

  it("names the assignee in full in the views, the inbox and the assignment's event", async () => {
    const code = await receiveAt('2026-03-13T08:00:00', '1.001612', 3);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const { version } = (await client.get('truongphong.kt', `/dossiers/${code}`)).body as { version: number };
    const res = await client.post('truongphong.kt', `/dossiers/${code}/assign`, {
      username: 'kinhte.xa2',
      expectedVersion: version,
    });
    expect(res.status).toBe(200);
    expect(res.body.step).toMatchObject({ assignee: 'kinhte.xa2', assigneeName: 'Bùi Thị Thanh Tâm' });
    const listed = (await inbox('kinhte.xa2')).find((d) => d.code === code);
    expect(listed?.step).toMatchObject({ assignee: 'kinhte.xa2', assigneeName: 'Bùi Thị Thanh Tâm' });
    // The other officer no longer has it; the head's inbox lists it once, with the name.
    expect((await inbox('kinhte.xa1')).map((d) => d.code)).not.toContain(code);
    const head = (await inbox('truongphong.kt')).filter((d) => d.code === code);
    expect(head.map((d) => d.step?.assigneeName)).toEqual(['Bùi Thị Thanh Tâm']);
    const history = (await client.get('kinhte.xa2', `/dossiers/${code}/history`)).body as Array<{
      action: string;
      payload: Record<string, unknown>;
    }>;
    expect(history.filter((e) => e.action === 'assign').map((e) => e.payload)).toEqual([
      expect.objectContaining({ assignee: 'kinhte.xa2', assigneeName: 'Bùi Thị Thanh Tâm' }),
    ]);
  });

  it("counts a day's receipts beyond a page, within the caller's scope only", async () => {
    clock.set(at('2026-03-16T09:00:00'));
    for (let batch = 0; batch < 11; batch++) {
      const sent = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          client.receive('letan.xa', '2.000815', {}, 200 + batch * 10 + i),
        ),
      );
      expect(sent.map((r) => r.status)).toEqual(Array(10).fill(201));
    }
    const day = 'receivedFrom=2026-03-16T00:00:00%2B07:00&receivedTo=2026-03-17T00:00:00%2B07:00';
    const counted = await client.get('letan.xa', `/dossiers/count?${day}`);
    expect(counted.status).toBe(200);
    expect(counted.body).toEqual({ total: 110, capped: false });
    expect((await client.get('letan.xa', `/dossiers?${day}&limit=100`)).body.items).toHaveLength(100);
    // The province's desk reaches none of the commune's dossiers; the commune center's supervisor counts them all.
    expect((await client.get('letan.tinh1', `/dossiers/count?${day}`)).body).toEqual({
      total: 0,
      capped: false,
    });
    expect((await client.get('giamdoc.ttxa', `/dossiers/count?${day}`)).body.total).toBe(110);
    const bad = await client.get('letan.xa', '/dossiers/count?receivedFrom=hom-nay');
    expect(bad.status).toBe(400);
  });
});
