import { readFileSync } from 'node:fs';
import {
  applyEvent,
  compileProcedure,
  defaultRegistry,
  type EngineEvent,
  parseProcedure,
  type PersistedState,
  startDossier,
} from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import { DossierBranchEntity } from '../dossier-branch.entity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode } from '../dossier.exception';
import type { UpdatePlan } from '../ledger/dossier.plan';
import { planAction } from './action.plan';
import type { DossierActionDto } from './dossier-action.dto';
import * as fx from './__fixtures__/plans';
import { branchDueSoonFrom } from './branch.plan';

const { at, calendar, catalog, errorOf, local, org, reception, running, user } = fx;

/* The shipped joint procedure for children under 6: reception, three branches, return of results. */
const joint = catalog.procedures.find((p) => p.definition.code === '1.013001')!;
const revision = { definition: joint.definition, compiled: joint.compiled };
const justice = user('tuphap', 'tu-phap-xa', 'officer');
const police = user('congan', 'cong-an-xa', 'officer');
const insurer = user('bhxh', 'bhxh-khu-vuc', 'officer');

function stateAfter(events: EngineEvent[]): PersistedState {
  let state = startDossier(joint.compiled).state;
  for (const event of events) {
    const result = applyEvent(joint.compiled, state, event);
    if ('rejected' in result) throw new Error(`${event.type} rejected`);
    state = result.state;
  }
  return state;
}

const act = (
  dossier: DossierEntity,
  actor: AuthUser,
  dto: Partial<DossierActionDto>,
  now: Date,
  branches?: DossierBranchEntity[],
): UpdatePlan =>
  planAction({ dossier, revision, org, calendar, now, ...(branches ? { branches } : {}) }, actor, {
    expectedVersion: dossier.version,
    ...dto,
  } as DossierActionDto);

/** The rows a plan writes, as the database would hold them for the dossier. */
const stored = (plan: UpdatePlan): DossierBranchEntity[] =>
  (plan.branches ?? []).map((row) => Object.assign(new DossierBranchEntity(), { ...row, dossierId: 'd' }));

const atReception = () =>
  running({
    procedureCode: '1.013001',
    machineState: startDossier(joint.compiled).state,
    stepDueAt: at('2026-03-09T12:00:00'),
  });

/** The dossier once reception forwarded it at 09:00 on Monday 9 March 2026, with its branch rows. */
function forked(): { dossier: DossierEntity; branches: DossierBranchEntity[] } {
  const plan = act(atReception(), reception, { action: 'forward' }, at('2026-03-09T09:00:00'));
  const dossier = running({
    procedureCode: '1.013001',
    ...plan.patch,
    machineState: stateAfter([{ type: 'forward' }]),
    version: 3,
  } as Partial<DossierEntity>);
  return { dossier, branches: stored(plan) };
}

describe('planning actions on a fork', () => {
  it('opens a row per branch at its first step, with its owner and its own due instant; the dossier row has none', () => {
    const plan = act(atReception(), reception, { action: 'forward' }, at('2026-03-09T09:00:00'));
    expect(plan.patch).toMatchObject({
      step: 'process',
      stepOwnerUnit: null,
      stepOwnerRole: null,
      stepDueAt: null,
    });
    expect(plan.event).toMatchObject({ fromStep: 'receive', toStep: 'process', timeliness: 'on_time' });
    expect(
      plan.branches?.map((b) => [b.branch, b.step, b.ownerUnit, b.ownerRole, local(b.stepDueAt), b.joinedAt]),
    ).toEqual([
      ['birth', 'register_birth', 'tu-phap-xa', 'officer', '2026-03-09T14:30:00+07:00', null],
      ['residence', 'register_residence', 'cong-an-xa', 'officer', '2026-03-16T09:00:00+07:00', null],
      ['insurance', 'issue_card', 'bhxh-khu-vuc', 'officer', '2026-03-11T09:00:00+07:00', null],
    ]);
    // Due soon at the smaller of a quarter of the allotment and four hours before the due instant.
    expect(local(plan.branches![0].dueSoonFrom)).toBe('2026-03-09T13:30:00+07:00');
  });

  it('asks for the branch of a branch action, and refuses a closed or unknown one', () => {
    const { dossier, branches } = forked();
    const now = at('2026-03-09T10:00:00');
    expect(errorOf(() => act(dossier, justice, { action: 'submit' }, now, branches))).toBe(
      DossierErrorCode.BranchRequired,
    );
    expect(
      errorOf(() => act(dossier, justice, { action: 'submit', branch: 'marriage' }, now, branches)),
    ).toBe(DossierErrorCode.BranchNotOpen);
    expect(errorOf(() => act(atReception(), reception, { action: 'forward', branch: 'birth' }, now))).toBe(
      DossierErrorCode.BranchNotOpen,
    );
  });

  it('lets only the branch step’s owner act on it', () => {
    const { dossier, branches } = forked();
    const now = at('2026-03-09T10:00:00');
    expect(errorOf(() => act(dossier, police, { action: 'submit', branch: 'birth' }, now, branches))).toBe(
      DossierErrorCode.NotStepOwner,
    );
    expect(
      errorOf(() => act(dossier, insurer, { action: 'issue', branch: 'insurance' }, now, branches)),
    ).toBe(undefined);
  });

  it('audits a branch hand-over as that branch step’s, graded against the branch step’s due instant', () => {
    const { dossier, branches } = forked();
    const plan = act(
      dossier,
      justice,
      { action: 'submit', branch: 'birth' },
      at('2026-03-09T15:00:00'),
      branches,
    );
    expect(plan.event).toMatchObject({
      fromStep: 'register_birth',
      toStep: 'sign_birth',
      actorRole: 'officer',
      workingMinutes: '270.00',
      timeliness: 'late',
      payload: { branch: 'birth' },
    });
    expect(local(plan.event.stepDueAt)).toBe('2026-03-09T14:30:00+07:00');
    expect(plan.patch).toMatchObject({ step: 'process', stepConsumed: { receive: 60, register_birth: 270 } });
    expect(plan.patch).toMatchObject({ stepOwnerUnit: null, stepDueAt: null });
    expect(plan.branches?.map((b) => [b.branch, b.step, b.ownerUnit, local(b.stepDueAt)])).toEqual([
      ['birth', 'sign_birth', 'lanh-dao-xa', '2026-03-10T09:30:00+07:00'],
    ]);
  });

  it('records a joined branch, and moves the dossier on once the last one joins', () => {
    let { dossier, branches } = forked();
    const steps: Array<[AuthUser, string, string, string]> = [
      [justice, 'submit', 'birth', '2026-03-09T10:00:00'],
      [user('lanhdao', 'lanh-dao-xa', 'leader'), 'sign', 'birth', '2026-03-09T11:00:00'],
      [insurer, 'issue', 'insurance', '2026-03-10T09:00:00'],
    ];
    const events: EngineEvent[] = [{ type: 'forward' }];
    for (const [actor, action, branch, when] of steps) {
      const plan = act(dossier, actor, { action, branch }, at(when), branches);
      events.push({ type: action, branch });
      const rows = stored(plan);
      branches = branches.map((b) => rows.find((r) => r.branch === b.branch) ?? b);
      dossier = { ...dossier, ...plan.patch, machineState: stateAfter(events), version: dossier.version + 1 };
    }
    expect(branches.map((b) => [b.branch, b.step, local(b.joinedAt)])).toEqual([
      ['birth', null, '2026-03-09T11:00:00+07:00'],
      ['residence', 'register_residence', null],
      ['insurance', null, '2026-03-10T09:00:00+07:00'],
    ]);
    const last = act(
      dossier,
      police,
      { action: 'register', branch: 'residence' },
      at('2026-03-11T09:00:00'),
      branches,
    );
    expect(last.patch).toMatchObject({
      step: 'release',
      status: 'result_ready',
      stepOwnerUnit: 'mot-cua-xa',
      stepOwnerRole: 'reception',
    });
    expect(last.event).toMatchObject({
      fromStep: 'register_residence',
      toStep: 'release',
      timeliness: 'early',
      payload: { branch: 'residence', joined: true, forkJoined: true },
    });
    expect(last.branches?.map((b) => [b.branch, local(b.joinedAt), b.closedAt])).toEqual([
      ['residence', '2026-03-11T09:00:00+07:00', null],
    ]);
  });

  it('closes the open branches when the dossier is refused inside the fork', () => {
    const { dossier, branches } = forked();
    const chairman = user('chutich', 'lanh-dao-xa', 'leader');
    const plan = act(
      dossier,
      chairman,
      { action: 'refuse', reason: 'Không đủ điều kiện' },
      at('2026-03-09T10:00:00'),
      branches,
    );
    expect(plan.patch).toMatchObject({ status: 'refused', step: null });
    expect(plan.branches?.map((b) => [b.branch, b.step, local(b.closedAt)])).toEqual([
      ['birth', null, '2026-03-09T10:00:00+07:00'],
      ['residence', null, '2026-03-09T10:00:00+07:00'],
      ['insurance', null, '2026-03-09T10:00:00+07:00'],
    ]);
  });

  it('pauses the branch that asks for a supplement with the dossier’s clock', () => {
    const { dossier, branches } = forked();
    const plan = act(
      dossier,
      justice,
      {
        action: 'request_supplement',
        branch: 'birth',
        reason: 'Thiếu giấy chứng sinh',
        missingItems: ['Giấy chứng sinh'],
      },
      at('2026-03-09T10:00:00'),
      branches,
    );
    expect(plan.patch).toMatchObject({ status: 'awaiting_supplement', pausedAt: at('2026-03-09T10:00:00') });
    expect(plan.openPause).toMatchObject({ step: 'register_birth' });
    expect(plan.branches?.map((b) => [b.branch, local(b.pausedAt)])).toEqual([
      ['birth', '2026-03-09T10:00:00+07:00'],
    ]);
  });

  it('closes the branches a subset join does not wait for, as not needed', () => {
    // The construction permit (1.009972), waiting for the fire-safety opinion only.
    const text = readFileSync('workflows/procedures/1.009972.yaml', 'utf8').replace(
      '    next: draft',
      '    join: [fire_safety]\n    next: draft',
    );
    const { procedure } = parseProcedure(text, 'p.yaml', { org, registry: defaultRegistry });
    const subset = { definition: procedure!, compiled: compileProcedure(procedure!, defaultRegistry) };
    const officer = user('xaydung', 'so-xay-dung', 'officer');
    const firemen = user('pccc', 'pccc-tinh', 'officer');
    const plan = (
      dossier: DossierEntity,
      actor: AuthUser,
      dto: Partial<DossierActionDto>,
      now: Date,
      rows?: DossierBranchEntity[],
    ) =>
      planAction(
        { dossier, revision: subset, org, calendar, now, ...(rows ? { branches: rows } : {}) },
        actor,
        {
          expectedVersion: dossier.version,
          ...dto,
        } as DossierActionDto,
      );
    const events: EngineEvent[] = [{ type: 'forward' }];
    const state = (list: EngineEvent[]) =>
      list.reduce((st, e) => {
        const r = applyEvent(subset.compiled, st, e);
        if ('rejected' in r) throw new Error(`${e.type} rejected`);
        return r.state;
      }, startDossier(subset.compiled).state);
    const atAppraisal = running({
      procedureCode: '1.009972',
      receivingUnit: 'pvhcc',
      machineState: state(events),
      step: 'appraise',
      stepOwnerUnit: 'so-xay-dung',
      stepOwnerRole: 'officer',
    });
    const forked = plan(atAppraisal, officer, { action: 'ask_opinions' }, at('2026-03-09T10:00:00'));
    events.push({ type: 'ask_opinions' });
    const inFork = {
      ...atAppraisal,
      ...forked.patch,
      machineState: state(events),
      version: 3,
    } as DossierEntity;
    const joined = plan(
      inFork,
      firemen,
      { action: 'reply', branch: 'fire_safety' },
      at('2026-03-10T10:00:00'),
      stored(forked),
    );
    expect(joined.patch).toMatchObject({
      step: 'draft',
      stepOwnerUnit: 'so-xay-dung',
      stepOwnerRole: 'officer',
    });
    expect(joined.branches?.map((b) => [b.branch, b.step, local(b.joinedAt), local(b.closedAt)])).toEqual([
      ['fire_safety', null, '2026-03-10T10:00:00+07:00', null],
      ['environment', null, null, '2026-03-10T10:00:00+07:00'],
    ]);
  });
});

describe('branchDueSoonFrom', () => {
  it('gives a branch step visit with no working time no due-soon instant', () => {
    const start = new Date('2026-03-09T14:00:00+07:00');
    expect(branchDueSoonFrom(calendar, joint.definition, start, start)).toBeNull();
    expect(
      branchDueSoonFrom(calendar, joint.definition, start, new Date('2026-03-09T16:00:00+07:00')),
    ).not.toBeNull();
  });
});
