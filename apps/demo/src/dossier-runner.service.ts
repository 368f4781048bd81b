import { randomUUID } from 'node:crypto';
import { ApiError, type ApiClientService, callHeaders } from './api-client.service';
import type { DossierView, Procedure, ReceiveBody } from './api.types';
import type { DossierPlan } from './demo.plan';
import { candidatesFor, type DemoUser, receptionistsFor } from './demo-users.rules';
import { advance, type Move, newProgress, nextMove } from './next-action.rules';
import { sleep } from './pool.rules';
import { entersResult, resultBody } from './result-record.rules';

export interface RunContext {
  api: ApiClientService;
  users: DemoUser[];
  procedures: Map<string, Procedure>;
  intakeTimeoutMs: number;
  pollMs?: number;
}

export interface DossierOutcome {
  plan: DossierPlan;
  code?: string;
  /** The last status seen. */
  status?: string;
  /** The actions done, in order. */
  actions: string[];
  /** Why the demo could not move it as planned. */
  error?: string;
}

// Rounds that are not waits for intake: far more than any procedure needs, so a loop is reported, not run forever.
const MAX_ROUNDS = 60;
const MAX_CONFLICTS = 5;
const transient = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

class Stuck extends Error {}

/** Receives one dossier at the desk, then moves it through its steps as its plan says. Never throws. */
export async function runDossier(ctx: RunContext, plan: DossierPlan): Promise<DossierOutcome> {
  const outcome: DossierOutcome = { plan, actions: [] };
  try {
    await walk(ctx, plan, outcome);
  } catch (error) {
    outcome.error =
      error instanceof ApiError ? error.describe() : error instanceof Stuck ? error.message : String(error);
  }
  return outcome;
}

async function walk(ctx: RunContext, plan: DossierPlan, outcome: DossierOutcome): Promise<void> {
  const procedure = ctx.procedures.get(plan.procedureCode);
  if (!procedure) throw new Stuck(`procedure ${plan.procedureCode} is not in GET /procedures`);
  const desk = receptionistsFor(ctx.users, procedure.steps[0]?.owner.unit, plan.index);
  if (desk.length === 0) throw new Stuck('no reception user is logged in');
  let calls = 0;
  const requestId = (): string => `demo-${plan.index}-${++calls}`;

  // A reception whose answer was lost and that is sent again stays one dossier.
  const receptionKey = randomUUID();
  const received = await firstAllowed(desk, (user) =>
    ctx.api.call(() =>
      ctx.api.client.POST('/api/v1/dossiers', {
        body: receiveBody(plan),
        headers: {
          ...callHeaders({ token: user.token, requestId: requestId() }),
          'idempotency-key': receptionKey,
        },
      }),
    ),
  );
  if (!received) throw new Stuck(`no reception user may receive ${plan.procedureCode}`);
  outcome.code = received.code;
  outcome.status = received.status;
  const params = { path: { code: received.code } };
  const as = (user: DemoUser) => callHeaders({ token: user.token, requestId: requestId() });
  const read = (user: DemoUser): Promise<DossierView> =>
    retrying(() =>
      ctx.api.call(() => ctx.api.client.GET('/api/v1/dossiers/{code}', { params, headers: as(user) })),
    );

  let view = await read(desk[0]);
  let progress = newProgress();
  let waitingSince: number | undefined;
  let conflicts = 0;
  // Once recorded (or when the api has no signing certificate), the result is not recorded again.
  let resultRecorded = false;
  const recordResult = async (user: DemoUser, mine: DossierView): Promise<void> => {
    try {
      await ctx.api.call(() =>
        ctx.api.client.POST('/api/v1/dossiers/{code}/result', {
          params,
          body: resultBody(mine, user, plan.index, new Date()),
          headers: as(user),
        }),
      );
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'SIGNING_NOT_CONFIGURED')) throw error;
    }
    resultRecorded = true;
  };
  for (let rounds = 0; rounds < MAX_ROUNDS;) {
    outcome.status = view.status;
    const move = nextMove(view, procedure, plan, progress);
    if (move.kind === 'finished' || move.kind === 'leave') return;
    if (move.kind === 'wait') {
      waitingSince ??= Date.now();
      if (Date.now() - waitingSince > ctx.intakeTimeoutMs) {
        throw new Stuck(
          `still 'accepted' after ${ctx.intakeTimeoutMs / 1000}s: the intake job did not run (is the worker up?)`,
        );
      }
      await sleep(ctx.pollMs ?? 250);
      view = await read(desk[0]);
      continue;
    }
    waitingSince = undefined;
    rounds++;
    const open = (view.branches ?? []).filter((b) => b.step !== null);
    const actors = open.length
      ? [
          ...new Set(
            open.flatMap((b) => candidatesFor(ctx.users, b.step!.owner, b.step!.assignee, plan.index)),
          ),
          ...desk,
        ]
      : view.step
        ? candidatesFor(ctx.users, view.step.owner, view.step.assignee, plan.index, desk)
        : desk;
    const step = await stepAsFirstAllowed(actors, read, async (user, mine) => {
      const next = nextMove(mine, procedure, plan, progress);
      if (next.kind === 'pay') {
        // The receiving desk takes the fees, whoever holds the step that hands the result over.
        const body = { amount: next.amount, method: 'cash' as const, receiptNumber: `DEMO-${randomUUID()}` };
        await retrying(() =>
          ctx.api.call(() =>
            ctx.api.client.POST('/api/v1/dossiers/{code}/payments', { params, body, headers: as(desk[0]!) }),
          ),
        );
        return { kind: 'done', action: 'payment', view: await read(user) };
      }
      if (next.kind !== 'act') return next;
      // The signer records the signed result as they sign; after a fork, the result step's owner does.
      const action = String(next.body.action);
      if (
        !resultRecorded &&
        (entersResult(procedure, mine.step?.id, action) || mine.status === 'result_ready')
      )
        await recordResult(user, mine);
      const body = { ...next.body, expectedVersion: mine.version };
      const after = await retrying(() =>
        ctx.api.call(() =>
          ctx.api.client.POST('/api/v1/dossiers/{code}/actions', { params, body, headers: as(user) }),
        ),
      ).catch(async (error: unknown) => {
        // A retried call whose first attempt went through (its answer lost) meets its own new version.
        if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
          const history = await retrying(() =>
            ctx.api.call(() =>
              ctx.api.client.GET('/api/v1/dossiers/{code}/history', { params, headers: as(user) }),
            ),
          );
          const landed = history.find((event) => event.version === mine.version + 1);
          if (landed?.action === action && landed.actor?.username === user.username) return read(user);
        }
        throw error;
      });
      return { kind: 'done', action: body.action, view: after };
    }).catch(async (error: unknown) => {
      // Someone else moved it first (or a retried call did go through): look again.
      if (!(error instanceof ApiError && error.code === 'VERSION_CONFLICT') || ++conflicts > MAX_CONFLICTS)
        throw error;
      return { kind: 'reread' as const, view: await read(desk[0]) };
    });
    if (step.kind === 'none') {
      const where = view.step
        ? `step '${view.step.id}' (${view.step.owner.unit} / ${view.step.owner.role})`
        : view.status;
      throw new Stuck(`nobody logged in could move it at ${where}: ${step.why}`);
    }
    view = step.view;
    if (step.kind === 'done') {
      progress = advance(progress, step.action);
      outcome.actions.push(step.action);
    }
  }
  throw new Stuck(`not finished after ${MAX_ROUNDS} rounds (${outcome.actions.join(' → ')})`);
}

type Attempt =
  Exclude<Move, { kind: 'act' } | { kind: 'pay' }> | { kind: 'done'; action: string; view: DossierView };
type StepResult =
  | { kind: 'done'; action: string; view: DossierView }
  | { kind: 'reread'; view: DossierView }
  | { kind: 'none'; why: string };

/**
 * Tries `attempt` as each user in turn, with the dossier as that user sees it (allowed actions depend on who
 * asks): the first one the api lets act wins. A 403, or no move for that user, passes to the next.
 */
async function stepAsFirstAllowed(
  users: DemoUser[],
  read: (user: DemoUser) => Promise<DossierView>,
  attempt: (user: DemoUser, view: DossierView) => Promise<Attempt>,
): Promise<StepResult> {
  const reasons: string[] = [];
  for (const user of users) {
    try {
      const view = await read(user);
      const result = await attempt(user, view);
      if (result.kind === 'done') return result;
      if (result.kind === 'stuck') reasons.push(`${user.username}: ${result.why}`);
      // The state changed under us (finished, waiting for intake, or left by plan): let the caller look.
      else return { kind: 'reread', view };
    } catch (error) {
      if (!(error instanceof ApiError && (error.status === 403 || error.status === 404))) throw error;
      reasons.push(`${user.username}: ${error.describe()}`);
    }
  }
  return { kind: 'none', why: reasons.join('; ') || 'no candidate user is logged in' };
}

function receiveBody(plan: DossierPlan): ReceiveBody {
  const base = {
    procedureCode: plan.procedureCode,
    channel: plan.channel,
    applicant: plan.applicant,
    documents: plan.documents,
    summary: plan.summary,
  };
  switch (plan.scenario) {
    case 'refuse_at_desk':
      return {
        ...base,
        decision: 'refuse',
        reason:
          'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; hướng dẫn công dân nộp tại cơ quan có thẩm quyền',
      };
    case 'desk_supplement':
      return {
        ...base,
        decision: 'request_supplement',
        reason: 'Hồ sơ chưa đủ thành phần theo quy định',
        missingItems: plan.missing.map((d) => d.name),
      };
    default:
      return { ...base, decision: 'accept' };
  }
}

/** The first user whose call is not refused with 403; undefined when every one of them is. */
async function firstAllowed<T>(
  users: DemoUser[],
  call: (user: DemoUser) => Promise<T>,
): Promise<T | undefined> {
  for (const user of users) {
    try {
      return await call(user);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 403)) throw error;
    }
  }
  return undefined;
}

/** Retries a call that met no answer or a 5xx, twice, after a short pause. */
async function retrying<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!transient(error) || attempt >= 3) throw error;
      await sleep(500 * attempt);
    }
  }
}
