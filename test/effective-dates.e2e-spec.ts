import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import { resetDatabase, startApi } from './support/app';
import { DossierClient } from './support/dossier-client';

const at = (iso: string) => new Date(iso);

describe('procedure revisions take effect at their effectiveFrom, and a changed file needs a new version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-effective-'));
  const file = join(dir, 'procedures', '2.000908.yaml');
  const clock = new ManualClock(at('2026-11-30T16:00:00+07:00'));
  let api: INestApplication | undefined;
  let original = '';

  beforeAll(async () => {
    cpSync('workflows', dir, { recursive: true });
    process.env.WORKFLOWS_DIR = dir;
    original = readFileSync(file, 'utf8');
    // Version 2 is loaded now and waits for 1 December; its leader approves instead of signing.
    writeFileSync(
      join(dir, 'procedures', '2.000908-v2.yaml'),
      original
        .replace('version: 1', "version: 2\neffectiveFrom: '2026-12-01T00:00:00+07:00'")
        .replace("code: '2.000908'", "code: '2.000908'\nlocalCode: '2.000908.000.00.00.H01'")
        .replace('sign: release', 'approve: release'),
    );
    await resetDatabase();
  });

  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps new dossiers on version 1 until the instant version 2 takes effect, then starts them on it', async () => {
    api = await startApi({ clock });
    const client = new DossierClient(api);

    const listed = (await client.get('giamdoc.ttxa', '/procedures')).body as Array<Record<string, unknown>>;
    expect(listed.find((p) => p.code === '2.000908')).toMatchObject({
      version: 1,
      inEffect: true,
      pending: [{ version: 2, effectiveFrom: '2026-12-01T00:00:00+07:00' }],
    });

    clock.set(at('2026-11-30T23:59:59+07:00'));
    const before = (await client.receive('letan.xa', '2.000908')).body.code as string;
    clock.set(at('2026-12-01T00:00:00+07:00'));
    const after = (await client.receive('letan.xa', '2.000908', {}, 2)).body.code as string;

    const first = (await client.get('letan.xa', `/dossiers/${before}`)).body;
    const second = (await client.get('letan.xa', `/dossiers/${after}`)).body;
    const detail = (await client.get('giamdoc.ttxa', '/procedures/2.000908')).body;
    const versionOf = (revision: number) =>
      detail.revisions.find((r: { revision: number }) => r.revision === revision)?.version;
    expect(versionOf(first.procedure.revision)).toBe(1);
    expect(versionOf(second.procedure.revision)).toBe(2);
    expect(second.procedure.revision).toBe(detail.revision);

    expect(detail).toMatchObject({
      version: 2,
      localCode: '2.000908.000.00.00.H01',
      inEffect: true,
      pending: [],
    });
    expect(detail.effectiveFrom).toBe('2026-12-01T00:00:00+07:00');
    expect(detail.steps[2].transitions.map((t: { event: string }) => t.event)).toContain('approve');
    await api.close();
    api = undefined;
  });

  it('refuses to start when a file changes what a recorded version says without a new version', async () => {
    // Comments and spacing are not content: the same version starts.
    writeFileSync(file, `# reviewed\n${original.replace('fees: []', 'fees:   []')}`);
    api = await startApi({ clock });
    await api.close();
    api = undefined;

    writeFileSync(
      file,
      original.replace('{ amount: 3, unit: working_hour }', '{ amount: 2.5, unit: working_hour }'),
    );
    await expect(startApi({ clock })).rejects.toThrow(
      /procedures\/2\.000908\.yaml:\d+: thủ tục 2\.000908 đã có phiên bản 1 với nội dung khác; hãy tăng version/,
    );

    writeFileSync(
      file,
      original
        .replace('{ amount: 3, unit: working_hour }', '{ amount: 2.5, unit: working_hour }')
        .replace('version: 1', 'version: 3'),
    );
    // Version 3 is in effect at once (no effectiveFrom), above version 2.
    api = await startApi({ clock });
    const detail = (await new DossierClient(api).get('giamdoc.ttxa', '/procedures/2.000908')).body;
    expect(detail.version).toBe(3);
  });
});
