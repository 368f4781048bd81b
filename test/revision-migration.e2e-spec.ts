import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { query, resetDatabase, startApi, startWorker } from './support/app';
import { DossierClient } from './support/dossier-client';

type Row = { code: string; version: number; events: number };

describe('migrating running dossiers to a new revision of their procedure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-migrate-'));
  let api: INestApplication | undefined;
  let worker: INestApplication | undefined;
  let client: DossierClient;
  const codes: Record<'atAppraisal' | 'atSigning' | 'done' | 'other', string> = {
    atAppraisal: '',
    atSigning: '',
    done: '',
    other: '',
  };

  const boot = async () => {
    api = await startApi();
    worker = await startWorker();
    client = new DossierClient(api);
  };
  const stop = async () => {
    await worker?.close();
    await api?.close();
  };
  const migrate = (body: Record<string, unknown>, username = 'quantri') =>
    client.post(username, '/procedures/2.000908/migrations', { fromRevision: 1, toRevision: 2, ...body });
  const rows = () =>
    query<Row>(
      `SELECT d.code, d.version, (SELECT count(*)::int FROM dossier_event e WHERE e.dossier_id = d.id) AS events
         FROM dossier d ORDER BY d.code`,
    );

  beforeAll(async () => {
    cpSync('workflows', dir, { recursive: true });
    process.env.WORKFLOWS_DIR = dir;
    await resetDatabase();
    await boot();
    const received = async (n: number, actions: Array<[string, string]>) => {
      const code = (await client.receive('letan.xa', '2.000908', {}, n)).body.code as string;
      await client.started('letan.xa', code);
      for (const [user, action] of actions) expect((await client.act(user, code, action)).status).toBe(200);
      return code;
    };
    codes.atAppraisal = await received(1, [['letan.xa', 'forward']]);
    codes.atSigning = await received(2, [
      ['letan.xa', 'forward'],
      ['tuphap.xa1', 'submit'],
    ]);
    codes.done = await received(3, [
      ['letan.xa', 'forward'],
      ['tuphap.xa1', 'submit'],
      ['chutich.xa', 'sign'],
      ['letan.xa', 'hand_over'],
    ]);
    codes.other = await received(4, [['letan.xa', 'forward']]);
    await stop();

    // Version 2 of the procedure, a new file: appraisal gets 2.5 working hours, and the copy is signed by the head
    // of the justice office (`approve`) instead of the commune leader (`sign`).
    const v1 = readFileSync(join(dir, 'procedures', '2.000908.yaml'), 'utf8');
    const v2 = v1
      .replace('version: 1', 'version: 2')
      .replace('duration: { amount: 3, unit: working_hour }', 'duration: { amount: 2.5, unit: working_hour }')
      .replace('submit: sign', 'submit: approve')
      .replace('  - id: sign\n', '  - id: approve\n')
      .replace('owner: { unit: lanh-dao-xa, role: leader }', 'owner: { unit: tu-phap-xa, role: head }')
      .replace('      sign: release', '      approve: release');
    expect(v2).not.toContain('id: sign');
    writeFileSync(join(dir, 'procedures', '2.000908-v2.yaml'), v2);
    await boot();
  });

  afterAll(async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is for administrators only', async () => {
    const res = await migrate({ mapping: { sign: 'approve' }, dryRun: true }, 'giamdoc.ttxa');
    expect(res.status).toBe(403);
  });

  it('refuses a mapping that leaves out a step the new revision lacks, or names no step', async () => {
    const before = await rows();
    const unmapped = await migrate({ dossiers: [codes.atSigning], dryRun: false });
    expect(unmapped.status).toBe(422);
    expect(unmapped.body.code).toBe('INVALID_STEP_MAPPING');
    expect(unmapped.body.message).toContain("step 'sign' of revision 1 is not in revision 2");
    const misspelt = await migrate({ mapping: { sign: 'aprove' }, dryRun: true });
    expect(misspelt.status).toBe(422);
    expect(misspelt.body.message).toContain("'aprove' is not a step of revision 2");
    const backwards = await migrate({ fromRevision: 2, toRevision: 1, mapping: {}, dryRun: true });
    expect(backwards.status).toBe(422);
    expect(backwards.body.code).toBe('UNKNOWN_REVISION');
    expect(await rows()).toEqual(before);
  });

  it('lists in a dry run what would change, and writes nothing', async () => {
    const before = await rows();
    const res = await migrate({
      mapping: { sign: 'approve' },
      dossiers: [codes.atAppraisal, codes.atSigning, codes.done],
      dryRun: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      fromRevision: 1,
      toRevision: 2,
      mapping: { receive: 'receive', appraise: 'appraise', sign: 'approve', release: 'release' },
    });
    const byCode = Object.fromEntries(
      (res.body.dossiers as Array<{ code: string }>).map((d) => [d.code, d]),
    ) as Record<string, Record<string, unknown>>;
    expect(Object.keys(byCode).sort()).toEqual([codes.atAppraisal, codes.atSigning].sort());
    expect(byCode[codes.atSigning]).toMatchObject({
      from: { revision: 1, version: 1, step: 'sign', ownerUnit: 'lanh-dao-xa', ownerRole: 'leader' },
      to: { revision: 2, version: 2, step: 'approve', ownerUnit: 'tu-phap-xa', ownerRole: 'head' },
      migrated: false,
    });
    const appraisal = byCode[codes.atAppraisal] as {
      from: { stepDueAt: string };
      to: { stepDueAt: string; step: string };
      appointmentAt: string;
    };
    expect(appraisal.to.step).toBe('appraise');
    // Half an hour less for the appraisal on the new revision; the appointment given on the receipt stays.
    expect(new Date(appraisal.from.stepDueAt).getTime() - new Date(appraisal.to.stepDueAt).getTime()).toBe(
      30 * 60_000,
    );
    const current = (await client.get('quantri', `/dossiers/${codes.atAppraisal}`)).body;
    expect(appraisal.appointmentAt).toBe(current.appointmentAt);
    expect(res.body.refused).toEqual([
      { code: codes.done, reasonCode: 'NOT_MIGRATABLE', reason: `dossier ${codes.done} is finished (done)` },
    ]);
    expect(await rows()).toEqual(before);
  });

  it('refuses a real run naming a finished dossier, or one changed since the dry run, and writes nothing', async () => {
    const before = await rows();
    const withDone = await migrate({
      mapping: { sign: 'approve' },
      dossiers: [codes.atAppraisal, codes.done],
      dryRun: false,
    });
    expect(withDone.status).toBe(422);
    expect(withDone.body.code).toBe('NOT_MIGRATABLE');
    const version = before.find((r) => r.code === codes.atSigning)!.version;
    const stale = await migrate({
      mapping: { sign: 'approve' },
      dossiers: [codes.atAppraisal, codes.atSigning],
      versions: { [codes.atSigning]: version - 1 },
      dryRun: false,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(await rows()).toEqual(before);
  });

  it('moves the chosen dossiers only, each with one audit event, onto the new route', async () => {
    const before = await rows();
    const version = (code: string) => before.find((r) => r.code === code)!.version;
    const res = await migrate({
      mapping: { sign: 'approve' },
      dossiers: [codes.atAppraisal, codes.atSigning],
      versions: {
        [codes.atAppraisal]: version(codes.atAppraisal),
        [codes.atSigning]: version(codes.atSigning),
      },
      dryRun: false,
    });
    expect(res.status).toBe(200);
    expect((res.body.dossiers as Array<{ migrated: boolean }>).every((d) => d.migrated)).toBe(true);

    const after = await rows();
    for (const row of after) {
      const was = before.find((r) => r.code === row.code)!;
      const moved = row.code === codes.atAppraisal || row.code === codes.atSigning;
      expect([row.code, row.version, row.events]).toEqual([
        row.code,
        was.version + (moved ? 1 : 0),
        was.events + (moved ? 1 : 0),
      ]);
    }
    const [event] = await query<{ payload: Record<string, unknown>; actor_username: string }>(
      `SELECT e.payload, e.actor_username FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.action = 'migrate_revision'`,
      [codes.atSigning],
    );
    expect(event).toMatchObject({
      actor_username: 'quantri',
      payload: { fromRevision: 1, toRevision: 2, mapping: { sign: 'approve' } },
    });

    const signing = (await client.get('chanhvp.xa', `/dossiers/${codes.atSigning}`)).body;
    expect(signing.procedure.revision).toBe(2);
    expect(signing.step.id).toBe('approve');
    expect(signing.allowedActions).toContain('approve');
    expect((await client.act('chanhvp.xa', codes.atSigning, 'approve')).body.status).toBe('result_ready');
    expect((await client.get('quantri', `/dossiers/${codes.other}`)).body.procedure.revision).toBe(1);
    expect((await client.act('tuphap.xa1', codes.other, 'submit')).status).toBe(200);
    expect((await client.get('chutich.xa', `/dossiers/${codes.other}`)).body.allowedActions).toContain(
      'sign',
    );
  });

  it('does the same from the command line, dry run first', () => {
    const cli = (...args: string[]) =>
      spawnSync('node', ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'procedures:migrate', ...args], {
        env: process.env,
        encoding: 'utf8',
        timeout: 120_000,
      });
    const args = ['2.000908', '--from', '1', '--to', '2', '--as', 'quantri', '--map', 'sign=approve'];
    const dry = cli(...args, '--dossier', codes.other, '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('2.000908 revision 1 → 2 (dry run, nothing written)');
    expect(dry.stdout).toContain(`${codes.other} v`);
    expect(dry.stdout).toContain(': sign (lanh-dao-xa/leader, due ');
    expect(dry.stdout).toContain('→ approve (tu-phap-xa/head, due ');
    const refused = cli('2.000908', '--from', '1', '--to', '2', '--as', 'giamdoc.ttxa', '--dry-run');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("'giamdoc.ttxa' is not an active administrator");
    const real = cli(...args, '--dossier', codes.other);
    expect(real.status).toBe(0);
    expect(real.stdout).toMatch(/→ version \d+/);
  });

  it('leaves a dossier migrated by the command line on the new route', async () => {
    const other = (await client.get('chanhvp.xa', `/dossiers/${codes.other}`)).body;
    expect(other.procedure.revision).toBe(2);
    expect(other.step.id).toBe('approve');
  });
});
