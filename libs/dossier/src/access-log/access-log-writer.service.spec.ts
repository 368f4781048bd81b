import { ManualClock } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import type { DataSource } from 'typeorm';
import { AccessLogWriterService } from './access-log-writer.service';
import type { AccessRead } from './access-log.types';

const user = (username: string): AuthUser => ({
  id: `00000000-0000-4000-8000-00000000000${username.length}`,
  username,
  fullName: username,
  title: '',
  unitId: 'tu-phap-xa',
  roles: ['officer'],
});
const read = (code: string): AccessRead => ({
  dossierId: '0b6f9c1e-0000-4000-8000-000000000001',
  dossierCode: code,
  kind: 'view',
  detail: null,
  fields: 'full',
});

/** A database whose INSERTs end when the test says so; the dossier codes of each INSERT are kept. */
function database() {
  const inserts: Array<{ codes: string[]; end: (error?: Error) => void }> = [];
  const dataSource = {
    query: (_sql: string, params: unknown[][]) =>
      new Promise<void>((resolve, reject) => {
        inserts.push({ codes: params[5] as string[], end: (error) => (error ? reject(error) : resolve()) });
      }),
  } as unknown as DataSource;
  return { inserts, dataSource };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AccessLogWriterService', () => {
  const clock = new ManualClock(new Date('2026-02-24T03:00:00Z'));

  it('answers a read only once the INSERT holding it has committed', async () => {
    const db = database();
    const writer = new AccessLogWriterService(db.dataSource, clock);
    let answered = false;
    const recording = writer.record(user('tuphap.xa1'), [read('A')]).then(() => (answered = true));
    await settle();
    expect(db.inserts.map((i) => i.codes)).toEqual([['A']]);
    expect(answered).toBe(false);
    db.inserts[0].end();
    await recording;
    expect(answered).toBe(true);
  });

  it('writes the reads recorded during an INSERT together in the next one', async () => {
    const db = database();
    const writer = new AccessLogWriterService(db.dataSource, clock);
    const first = writer.record(user('a'), [read('A')]);
    await settle();
    const later = [
      writer.record(user('bb'), [read('B')]),
      writer.record(user('ccc'), [read('C'), read('D')]),
    ];
    await settle();
    expect(db.inserts.map((i) => i.codes)).toEqual([['A']]);
    db.inserts[0].end();
    await first;
    await settle();
    expect(db.inserts.map((i) => i.codes)).toEqual([['A'], ['B', 'C', 'D']]);
    db.inserts[1].end();
    await Promise.all(later);
  });

  it('retries each caller alone when a shared INSERT fails: only the failing caller is refused', async () => {
    const db = database();
    const writer = new AccessLogWriterService(db.dataSource, clock);
    const first = writer.record(user('a'), [read('A')]);
    await settle();
    const b = writer.record(user('bb'), [read('B')]);
    const c = writer.record(user('ccc'), [read('C')]);
    db.inserts[0].end();
    await first;
    await settle();
    db.inserts[1].end(new Error('shared INSERT failed'));
    await settle();
    expect(db.inserts.map((i) => i.codes)).toEqual([['A'], ['B', 'C'], ['B']]);
    db.inserts[2].end(new Error('B cannot be written'));
    await expect(b).rejects.toThrow('B cannot be written');
    await settle();
    expect(db.inserts.map((i) => i.codes)).toEqual([['A'], ['B', 'C'], ['B'], ['C']]);
    db.inserts[3].end();
    await expect(c).resolves.toBeUndefined();
  });

  it('writes nothing for no reads', async () => {
    const db = database();
    await new AccessLogWriterService(db.dataSource, clock).record(user('a'), []);
    expect(db.inserts).toEqual([]);
  });
});
