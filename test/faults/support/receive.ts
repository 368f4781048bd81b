import { randomUUID } from 'node:crypto';
import { ApiError, callHeaders } from '../../../apps/demo/src/api-client.service';
import type { DossierPlan } from '../../../apps/demo/src/demo.plan';
import { receptionistsFor } from '../../../apps/demo/src/demo-users.rules';
import { mapLimit } from '../../../apps/demo/src/pool.rules';
import { type Expectation, STARTED } from './expectation';
import type { LoadContext } from './load';

/**
 * Receives each plan's dossier at the desk, accepted, and leaves it to the worker: the intake starts it. The
 * bulk of a large run, cheap on the api and all work for the worker. Throws on the first dossier refused.
 */
export function receiveOnly(
  ctx: LoadContext,
  plans: DossierPlan[],
  concurrency: number,
  onProgress: (finished: number) => void = () => undefined,
): Promise<Expectation[]> {
  const procedures = new Map(ctx.procedures.map((p) => [p.code, p]));
  let finished = 0;
  return mapLimit(plans, concurrency, async (plan) => {
    const unit = procedures.get(plan.procedureCode)?.steps[0]?.owner.unit;
    const key = randomUUID();
    for (const user of receptionistsFor(ctx.users, unit, plan.index)) {
      try {
        const res = await ctx.api.call(() =>
          ctx.api.client.POST('/api/v1/dossiers', {
            // A reception cut by an api's death is retried on another: the key makes it one dossier.
            headers: { ...callHeaders({ token: user.token }), 'idempotency-key': key },
            body: {
              procedureCode: plan.procedureCode,
              channel: plan.channel,
              applicant: plan.applicant,
              documents: [...plan.documents, ...plan.missing],
              summary: plan.summary,
              decision: 'accept',
            },
          }),
        );
        onProgress(++finished);
        return { code: res.code, status: STARTED, actions: null };
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 403)) throw error;
      }
    }
    throw new Error(`#${plan.index}: no reception user may receive ${plan.procedureCode}`);
  });
}
