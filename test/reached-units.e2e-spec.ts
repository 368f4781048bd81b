import { ManualClock } from '@motcua/common';
import { BACKFILL_REACHED_UNITS } from '../libs/common/src/database/migrations/1765000600000-ReachedUnits';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';

const reached = async (code: string): Promise<string[]> => {
  const [row] = await query<{ units: string[] }>(
    'SELECT reached_units AS units FROM dossier WHERE code = $1',
    [code],
  );
  return [...row!.units].sort();
};

describe('the units a dossier has reached', () => {
  const clock = new ManualClock(new Date('2026-11-23T08:00:00+07:00'));
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('grow with each step entered, never shrink on a send-back, and are rebuilt from the events', async () => {
    const res = await client.receive('letan.xa', '2.000806');
    const code = res.body.code as string;
    expect(await reached(code)).toEqual(['mot-cua-xa']);
    await client.started('letan.xa', code);
    await client.act('letan.xa', code, 'forward');
    expect(await reached(code)).toEqual(['mot-cua-xa', 'tu-phap-xa']);
    expect((await client.get('congan.xa1', `/dossiers/${code}`)).status).toBe(404);

    await client.act('tuphap.xa1', code, 'request_verification');
    expect(await reached(code)).toEqual(['cong-an-xa', 'mot-cua-xa', 'tu-phap-xa']);
    await client.act('congan.xa1', code, 'reply');
    expect(
      (await client.act('chanhvp.xa', code, 'send_back', { reason: 'Bổ sung kết quả thẩm tra' })).status,
    ).toBe(200);
    // Back at the justice office: the police keep reading what they worked on.
    expect(await reached(code)).toEqual(['cong-an-xa', 'mot-cua-xa', 'tu-phap-xa']);
    expect((await client.get('congan.xa1', `/dossiers/${code}`)).status).toBe(200);
    // The leaders' unit is not reached yet: its list does not show the dossier (as the competent agency's leader,
    // chutich.xa may still open it by its code, see the read matrix).
    const leaders = await client.get('chutich.xa', `/dossiers?q=${code}`);
    expect(leaders.status).toBe(200);
    expect(leaders.body.items).toEqual([]);
    expect((await client.get('tuphap.xa1', `/dossiers?q=${code}`)).body.items).toHaveLength(1);

    // A dossier stored before the column existed gets the same units from its events.
    const before = await reached(code);
    await query(`ALTER TABLE dossier DISABLE TRIGGER dossier_reached_units_trg`);
    await query(`UPDATE dossier SET reached_units = '{}'`);
    await query(`ALTER TABLE dossier ENABLE TRIGGER dossier_reached_units_trg`);
    expect(await reached(code)).toEqual([]);
    await query(BACKFILL_REACHED_UNITS);
    expect(await reached(code)).toEqual(before);
  });
});
