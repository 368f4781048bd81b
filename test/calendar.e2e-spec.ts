import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication, Logger } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import { resetDatabase, startApi } from './support/app';
import { DossierClient } from './support/dossier-client';

const at = (local: string): Date => new Date(`${local}+07:00`);
const SUPERVISOR = 'giamdoc.ttxa';

describe('calendar: provisional years, lunar holidays of a year without a file, 2026 corrections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-calendar-'));
  const clock = new ManualClock(at('2025-12-31T14:00'));
  let api: INestApplication;
  let client: DossierClient;
  const warned: string[] = [];

  beforeAll(async () => {
    cpSync('workflows', dir, { recursive: true });
    process.env.WORKFLOWS_DIR = dir;
    await resetDatabase();
    const spy = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warned.push(String(message));
    });
    api = await startApi({ clock });
    spy.mockRestore();
    client = new DossierClient(api);
  });

  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('warns at start-up of each provisional year', () => {
    expect(warned.filter((w) => w.startsWith('calendar 2027: PROVISIONAL'))).toHaveLength(1);
    expect(
      warned.filter((w) => /^calendar 2028: no schedule file; derived .*Tết 2028-01-26/.test(w)),
    ).toHaveLength(1);
    expect(warned.some((w) => w.startsWith('calendar 2026'))).toBe(false);
  });

  it('says which years are provisional: 2027 by its file, 2028 and 2029 for want of one', async () => {
    const res = await client.get(SUPERVISOR, '/calendar');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fromYear: 2025, toYear: 2029, provisionalYears: [2027, 2028, 2029] });
    const byYear = Object.fromEntries(res.body.years.map((y: { year: number }) => [y.year, y]));
    expect(byYear[2026]).toMatchObject({ status: 'official', origin: 'file' });
    expect(byYear[2027]).toMatchObject({ status: 'provisional', origin: 'file' });
    expect(byYear[2028]).toMatchObject({ status: 'provisional', origin: 'derived' });
  });

  it('lists Tết 2028 of a year without a file, by the lunar calendar, and refuses a year it does not cover', async () => {
    const res = await client.get(SUPERVISOR, '/calendar/2028');
    expect(res.status).toBe(200);
    const tet = res.body.daysOff.filter(
      (d: { date: string }) => d.date.startsWith('2028-01-2') || d.date === '2028-01-31',
    );
    expect(tet.map((d: { date: string; kind: string }) => `${d.date} ${d.kind}`)).toEqual([
      '2028-01-25 holiday',
      '2028-01-26 holiday',
      '2028-01-27 holiday',
      '2028-01-28 holiday',
      '2028-01-31 compensatory', // for mùng 4 on Saturday 29 January
    ]);
    const outside = await client.get(SUPERVISOR, '/calendar/2040');
    expect(outside.status).toBe(404);
    expect(outside.body.code).toBe('CALENDAR_YEAR_NOT_COVERED');
  });

  it('2026: Friday 2 January is off and Saturday 10 January a working day', async () => {
    // 1.001193: one working day. Wed 31 Dec 2025 14:00 → 3 h that day, 2–4 Jan off, 5 h on Mon 5 Jan.
    const first = await client.receive('letan.xa', '1.001193');
    expect(first.status).toBe(201);
    expect(first.body.appointmentAt).toBe('2026-01-05T14:00:00+07:00');
    // Fri 9 Jan 2026 14:00 → 3 h on Friday, 5 h on the make-up Saturday.
    clock.set(at('2026-01-09T14:00'));
    const second = await client.receive('letan.xa', '1.001193', {}, 2);
    expect(second.body).toMatchObject({
      appointmentAt: '2026-01-10T14:00:00+07:00',
      appointmentProvisional: false,
    });
    const view = (await client.get('letan.xa', `/dossiers/${second.body.code}`)).body;
    expect(view).toMatchObject({ appointmentProvisional: false, provisionalYears: [] });
  });

  it('counts Tết of a year without a file and marks the appointment provisional', async () => {
    // 1.001612: three working days. Mon 24 Jan 2028 10:00 → 5.5 h; 25–31 Jan off; 1–2 Feb; 2.5 h on Thu 3 Feb.
    clock.set(at('2028-01-24T10:00'));
    const res = await client.receive('letan.xa', '1.001612', {}, 3);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      appointmentAt: '2028-02-03T10:00:00+07:00',
      appointmentProvisional: true,
      provisionalYears: [2028],
    });
    const view = (await client.get('letan.xa', `/dossiers/${res.body.code}`)).body;
    expect(view).toMatchObject({
      appointmentAt: '2028-02-03T10:00:00+07:00',
      receiptAppointmentAt: '2028-02-03T10:00:00+07:00',
      appointmentProvisional: true,
      provisionalYears: [2028],
    });
  });
});
