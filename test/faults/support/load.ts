import { join } from 'node:path';
import { callHeaders } from '../../../apps/demo/src/api-client.service';
import type { Procedure } from '../../../apps/demo/src/api.types';
import { loginUsers, placeOf, readOrg } from '../../../apps/demo/src/demo-org.rules';
import { type DossierPlan, planDossiers } from '../../../apps/demo/src/demo.plan';
import type { DemoUser } from '../../../apps/demo/src/demo-users.rules';
import { type DossierOutcome, runDossier } from '../../../apps/demo/src/dossier-runner.service';
import { mapLimit } from '../../../apps/demo/src/pool.rules';
import type { Balancer } from './balancer';
import { PatientClient } from './patient.client';

export const PASSWORD = 'motcua';
const ORG_FILE = join(__dirname, '../../../workflows/org.yaml');

/** The sample users logged in, and the procedures as the api serves them: what the demo runner needs. */
export interface LoadContext {
  api: PatientClient;
  users: DemoUser[];
  procedures: Procedure[];
}

/** Logs the sample users in and reads the procedures, through `balancer` (every request to the next api). */
export async function prepareLoad(balancer: Balancer): Promise<LoadContext> {
  const api = new PatientClient(balancer);
  const org = readOrg(ORG_FILE);
  const users = await mapLimit(loginUsers(org), 4, async ({ username }) => {
    const res = await api.call(() =>
      api.client.POST('/api/v1/auth/login', { body: { username, password: PASSWORD } }),
    );
    return { ...res.user, token: res.accessToken };
  });
  const headers = callHeaders({ token: users[0].token });
  const list = await api.call(() => api.client.GET('/api/v1/procedures', { headers }));
  const procedures = await mapLimit(list, 4, (p) =>
    api.call(() =>
      api.client.GET('/api/v1/procedures/{code}', { params: { path: { code: p.code } }, headers }),
    ),
  );
  return { api, users, procedures };
}

/** The demo's mix of dossiers: the same seed and count always give the same plans. */
export function plan(ctx: LoadContext, seed: string, count: number): DossierPlan[] {
  return planDossiers(seed, count, ctx.procedures, placeOf(readOrg(ORG_FILE)));
}

/**
 * Walks every plan through the api as the sample users, `concurrency` at a time; `onProgress` hears the number
 * finished so far (a fault is injected from there).
 */
export function runPlans(
  ctx: LoadContext,
  plans: DossierPlan[],
  concurrency: number,
  onProgress: (finished: number) => void = () => undefined,
): Promise<DossierOutcome[]> {
  const runCtx = {
    api: ctx.api,
    users: ctx.users,
    procedures: new Map(ctx.procedures.map((p) => [p.code, p])),
    // A worker killed or a Redis flushed: intake waits for the next worker or the next sweep.
    intakeTimeoutMs: 240_000,
    pollMs: 500,
  };
  let finished = 0;
  return mapLimit(plans, concurrency, async (p) => {
    const outcome = await runDossier(runCtx, p);
    onProgress(++finished);
    return outcome;
  });
}
