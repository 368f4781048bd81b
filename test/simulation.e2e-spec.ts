import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { type Catalog, loadCatalog } from '@motcua/catalog';
import { databaseOptions } from '@motcua/common';
import { SimulationRepository, type SimulationResult, SimulationService } from '@motcua/improvement';
import { largeDataset } from '../scripts/bench/large-data';
import { testDatabaseUrl } from './support/test-database';

/** The bench's generator, at 60,000 dossiers, in a database of this suite's own (it replaces the whole schema). */
const simDatabaseUrl = (): string => {
  const url = new URL(testDatabaseUrl());
  url.pathname = `${url.pathname}_sim`;
  return url.toString();
};

const fileOf = (code: string): string => readFileSync(`workflows/procedures/${code}.yaml`, 'utf8');

/** 2.000908 revision 2 without the leader's signature: the officer's submission goes straight to release. */
const withoutSign = (): string => {
  const text = fileOf('2.000908')
    .replace('version: 1', 'version: 2')
    .replace('submit: sign', 'submit: release');
  return text.slice(0, text.indexOf('  - id: sign')) + text.slice(text.indexOf('  - id: release'));
};

// The instant the data set is made for: pinned, so that the generated dossiers are the same on every run.
const GENERATED_FOR = new Date('2026-12-01T03:00:00Z');

describe('simulation of a procedure on the generated data set', () => {
  let db: DataSource;
  let service: SimulationService;
  let now: Date;
  const period = { from: '2026-01-01', to: '2026-11-30' };

  beforeAll(async () => {
    const url = simDatabaseUrl();
    const data = await largeDataset(
      {
        quick: true,
        databaseUrl: url,
        redisUrl: '',
        largeSize: 60_000,
        log: () => undefined,
      },
      GENERATED_FOR,
    );
    now = data.now;
    const { catalog } = loadCatalog('workflows');
    db = await new DataSource({ ...databaseOptions(url), extra: { max: 3 } }).initialize();
    service = new SimulationService(db, new SimulationRepository(), catalog as Catalog);
    // The generator writes no accounts: the commune's two justice officers of workflows/org.yaml.
    await db.query(
      `INSERT INTO app_user (username, full_name, title, unit_id, roles)
       VALUES ('tuphap.xa1', 'Cán bộ tư pháp 1', 'Công chức', 'tu-phap-xa', '{officer}'),
              ('tuphap.xa2', 'Cán bộ tư pháp 2', 'Công chức', 'tu-phap-xa', '{officer}')
       ON CONFLICT (username) DO NOTHING`,
    );
  }, 300_000);

  afterAll(() => db?.destroy());

  const run = (draft: string, extra: Partial<Parameters<SimulationService['run']>[0]> = {}) =>
    service.run({ draft, ...period, ...extra }, null, now);

  it.each(['2.000908', '1.001193', '1.115668', '2.001263'])(
    'reproduces the on-time rate of %s within 2 points when replaying its current revision',
    async (code) => {
      const r = await run(fileOf(code));
      expect(r.actual.dossiers).toBeGreaterThan(300);
      expect(Math.abs(r.current.onTimeRate - r.actual.onTimeRate)).toBeLessThanOrEqual(0.02);
      expect(r.check).toMatchObject({ tolerance: 0.02, reproduced: true });
      expect(r.draft).toEqual(r.current);
    },
  );

  it('counts what actually happened as the dossier table says', async () => {
    const r = await run(fileOf('2.000908'));
    const [sql] = (await db.query(
      `SELECT count(*)::int AS dossiers,
              count(*) FILTER (WHERE finished_at < $2 AND finished_at <= due_at)::int AS on_time,
              count(*) FILTER (WHERE finished_at < $2 AND finished_at > due_at)::int AS late
         FROM dossier d
        WHERE procedure_code = '2.000908' AND clock_started_at >= $1 AND clock_started_at < $2
          AND status NOT IN ('refused', 'withdrawn', 'stopped')
          AND NOT EXISTS (SELECT 1 FROM dossier_pause p WHERE p.dossier_id = d.id)`,
      ['2025-12-31T17:00:00Z', '2026-11-30T17:00:00Z'],
    )) as Array<{ dossiers: number; on_time: number; late: number }>;
    expect(r.actual).toMatchObject({
      dossiers: sql.dossiers,
      resolvedOnTime: sql.on_time,
      resolvedLate: sql.late,
    });
    const [late] = r.actual.lateCodes;
    const [row] = (await db.query(`SELECT finished_at, due_at FROM dossier WHERE code = $1`, [
      late,
    ])) as Array<{
      finished_at: Date | null;
      due_at: Date;
    }>;
    expect(row.finished_at === null ? true : row.finished_at > row.due_at).toBe(true);
  });

  it('gives the same result for the same seed and another for another seed', async () => {
    const draft = withoutSign();
    const a = await run(draft, { seed: 42 });
    expect(await run(draft, { seed: 42 })).toEqual(a);
    const b: SimulationResult = await run(draft, { seed: 7 });
    expect(b.current.lateCodes).not.toEqual(a.current.lateCodes);
  });

  it('shows the effect of a removed step, of an assumed time and of fewer officers', async () => {
    const removed = await run(withoutSign());
    expect(removed.draftVersion).toBe(2);
    expect(removed.steps.map((s) => s.stepId)).toEqual(['receive', 'appraise', 'release']);
    expect(removed.draft.onTimeRate).toBeGreaterThan(removed.current.onTimeRate);

    const slow = await run(fileOf('2.000908'), { assume: { appraise: 480 } });
    const appraise = slow.steps.find((s) => s.stepId === 'appraise')!;
    expect(appraise).toMatchObject({ basis: 'assumed', assumedMinutes: 480 });
    expect(slow.draft.onTimeRate).toBeLessThan(0.1);
    expect(slow.draft.resolvedLate).toBeGreaterThan(slow.current.resolvedLate);

    const fewer = await run(fileOf('2.000908'), { staff: { 'tu-phap-xa': 1 } });
    const step = fewer.steps.find((s) => s.stepId === 'appraise')!;
    expect(step).toMatchObject({ officersToday: 2, officers: 1 });
    expect(step.current!.meanWaitMinutes).toBe(0);
    expect(step.draft!.places).toBe(Math.ceil(step.current!.places / 2));
    expect(step.draft!.meanWaitMinutes).toBeGreaterThan(0);
    expect(fewer.draft.onTimeRate).toBeLessThan(fewer.current.onTimeRate);
  });
});
