import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { resetDatabase, startApi, startWorker } from './support/app';
import { DossierClient } from './support/dossier-client';

describe('procedure versions: running dossiers keep theirs, new dossiers take the newest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-versions-'));
  let api: INestApplication | undefined;
  let worker: INestApplication | undefined;

  const boot = async () => {
    api = await startApi();
    worker = await startWorker();
    return new DossierClient(api);
  };
  const stop = async () => {
    await worker?.close();
    await api?.close();
  };

  beforeAll(async () => {
    cpSync('workflows', dir, { recursive: true });
    process.env.WORKFLOWS_DIR = dir;
    await resetDatabase();
  });

  afterAll(async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves a dossier started on revision 1 by revision 1 after the file changed', async () => {
    let client = await boot();
    const before = (await client.receive('letan.xa', '2.000908')).body.code as string;
    await client.started('letan.xa', before);
    await client.act('letan.xa', before, 'forward');
    await stop();

    // The leader's action is renamed and the appraisal gets more time: a new version of the same code.
    const file = join(dir, 'procedures', '2.000908.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('version: 1', 'version: 2')
        .replace('sign: release', 'approve: release')
        .replace(
          /duration: \{ amount: 3, unit: working_hour \}/,
          'duration: { amount: 2.5, unit: working_hour }',
        ),
    );
    client = await boot();

    const procedure = (await client.get('giamdoc.ttxa', '/procedures/2.000908')).body;
    expect(procedure.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);

    const after = (await client.receive('letan.xa', '2.000908', {}, 2)).body.code as string;
    await client.started('letan.xa', after);
    expect((await client.get('letan.xa', `/dossiers/${after}`)).body.procedure.revision).toBe(2);
    expect((await client.get('letan.xa', `/dossiers/${before}`)).body.procedure.revision).toBe(1);

    for (const code of [before, after]) {
      if (code === after) await client.act('letan.xa', code, 'forward');
      await client.act('tuphap.xa1', code, 'submit');
    }
    const old = (await client.get('chutich.xa', `/dossiers/${before}`)).body;
    const fresh = (await client.get('chutich.xa', `/dossiers/${after}`)).body;
    expect(old.allowedActions).toContain('sign');
    expect(old.allowedActions).not.toContain('approve');
    expect(fresh.allowedActions).toContain('approve');
    expect(fresh.allowedActions).not.toContain('sign');
    expect((await client.act('chutich.xa', before, 'sign')).body.status).toBe('result_ready');
    expect((await client.act('chutich.xa', after, 'approve')).body.status).toBe('result_ready');
  });
});
