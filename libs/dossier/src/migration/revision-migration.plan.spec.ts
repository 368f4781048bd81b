import { applyEvent, compileProcedure, type ProcedureDefinition, startDossier } from '@motcua/engine';
import * as fx from '../command/__fixtures__/plans';
import { DossierErrorCode } from '../dossier.exception';
import { planRevisionMigration, type MigrationRevision } from './revision-migration.plan';
import { resolveStepMapping } from './step-mapping.rules';

const { at, calendar, catalog, definition, compiled, errorOf, local, movedBy, running, user } = fx;

const from: MigrationRevision = { id: fx.running().procedureVersionId, revision: 1, definition, compiled };

// Revision 2: appraisal gets 2.5 working hours; the leader's step `sign` becomes `approve`, signed by the
// office head of the justice unit.
const next: ProcedureDefinition = {
  ...definition,
  version: 2,
  steps: definition.steps.map((s) => {
    if (s.id === 'appraise')
      return {
        ...s,
        duration: { amount: 2.5, unit: 'working_hour' as const },
        transitions: s.transitions.map((t) => ({ ...t, target: t.target === 'sign' ? 'approve' : t.target })),
      };
    if (s.id === 'sign') return { ...s, id: 'approve', owner: { unit: 'tu-phap-xa', role: 'head' } };
    return s;
  }),
};
const to: MigrationRevision = {
  id: '33333333-3333-4333-8333-333333333333',
  revision: 2,
  definition: next,
  compiled: compileProcedure(next, catalog.registry),
};
const admin = user('quantri', 'pvhcc', 'admin');
const now = at('2026-03-09T10:00:00');
const mapping = resolveStepMapping(from, to, { sign: 'approve' });
const migrate = (dossier = movedBy(['forward'])) =>
  planRevisionMigration({ dossier, from, to, mapping, calendar, actor: admin, now });

describe('resolveStepMapping', () => {
  it('maps a step to the step of the same id unless told otherwise', () => {
    expect(mapping).toEqual({
      receive: 'receive',
      appraise: 'appraise',
      sign: 'approve',
      release: 'release',
    });
  });

  it('refuses a step the new revision lacks and the mapping leaves out, and names that are no steps', () => {
    const problems = (given: Record<string, string>) => {
      try {
        resolveStepMapping(from, to, given);
      } catch (error) {
        return error as { code: string; details: { problems: string[] } };
      }
      return undefined;
    };
    expect(problems({})).toMatchObject({
      code: DossierErrorCode.InvalidStepMapping,
      details: {
        problems: [
          "step 'sign' of revision 1 is not in revision 2: map it to one of receive, appraise, approve, release",
        ],
      },
    });
    expect(problems({ sign: 'aprove', sgin: 'approve' })?.details.problems).toEqual([
      "'sign' → 'aprove': 'aprove' is not a step of revision 2 (its steps: receive, appraise, approve, release)",
      "'sgin' is not a step of revision 1 (its steps: receive, appraise, sign, release)",
    ]);
  });
});

describe('planRevisionMigration', () => {
  it('re-bases a dossier at a kept step: new revision, step due re-planned, appointment kept, one event', () => {
    const dossier = movedBy(['forward'], {
      stepStartedAt: at('2026-03-09T09:00:00'),
      stepDueAt: at('2026-03-09T13:30:00'),
      assigneeId: 'a0000000-0000-4000-8000-000000000001',
    });
    const { preview, plan } = migrate(dossier);
    expect(plan.patch).toMatchObject({
      procedureVersionId: to.id,
      step: 'appraise',
      stepOwnerUnit: 'tu-phap-xa',
      stepOwnerRole: 'officer',
      assigneeId: 'a0000000-0000-4000-8000-000000000001',
      machineState: { value: { appraise: 'active' }, context: { visited: ['receive', 'appraise'] } },
    });
    // 2.5 working hours from 09:00 (it was 13:30 with 3).
    expect(local(plan.patch.stepDueAt)).toBe('2026-03-09T11:30:00+07:00');
    expect(plan.patch.dueAt).toBeUndefined();
    expect(plan.event).toMatchObject({
      action: 'migrate_revision',
      fromStep: 'appraise',
      toStep: 'appraise',
      actorUsername: 'quantri',
      payload: {
        fromRevision: 1,
        toRevision: 2,
        fromVersion: 1,
        toVersion: 2,
        mapping: { appraise: 'appraise' },
      },
    });
    expect(plan).toMatchObject({ kind: 'update', portalSync: true });
    expect(plan.deadlines?.columns).not.toBeNull();
    expect(preview).toMatchObject({
      from: { revision: 1, step: 'appraise', ownerUnit: 'tu-phap-xa', ownerRole: 'officer' },
      to: { revision: 2, step: 'appraise', ownerUnit: 'tu-phap-xa', ownerRole: 'officer' },
      appointmentAt: dossier.dueAt,
      newLimitAppointmentAt: null,
      assigneeReset: false,
    });
    expect(local(preview.to.stepDueAt)).toBe('2026-03-09T11:30:00+07:00');
  });

  it('moves a dossier at a renamed step to its new owner and resets the assignee', () => {
    const dossier = movedBy(['forward', 'submit'], {
      assigneeId: 'a0000000-0000-4000-8000-000000000002',
      stepConsumed: { receive: 60, appraise: 90 },
    });
    const { preview, plan } = migrate(dossier);
    expect(plan.patch).toMatchObject({
      step: 'approve',
      stepOwnerUnit: 'tu-phap-xa',
      stepOwnerRole: 'head',
      assigneeId: null,
      stepConsumed: { receive: 60, appraise: 90 },
      machineState: {
        value: { approve: 'active' },
        context: { visited: ['receive', 'appraise', 'approve'] },
      },
    });
    expect(plan.event.payload).toMatchObject({ mapping: { sign: 'approve' }, assigneeReset: true });
    expect(preview).toMatchObject({
      from: { step: 'sign', ownerUnit: 'lanh-dao-xa', ownerRole: 'leader' },
      to: { step: 'approve', ownerUnit: 'tu-phap-xa', ownerRole: 'head' },
      assigneeReset: true,
    });
  });

  it('keeps the appointment when the new limit differs, and shows what the new limit would give', () => {
    const longer = { ...next, deadline: { amount: 2, unit: 'working_day' as const } };
    const target = { ...to, definition: longer, compiled: compileProcedure(longer, catalog.registry) };
    const dossier = movedBy(['forward']);
    const { preview, plan } = planRevisionMigration({
      dossier,
      from,
      to: target,
      mapping,
      calendar,
      actor: admin,
      now,
    });
    expect(plan.patch.dueAt).toBeUndefined();
    expect(plan.patch.receiptDueAt).toBeUndefined();
    expect(preview.appointmentAt).toEqual(dossier.dueAt);
    // Two working days from Monday 08:00: Tuesday 17:00 plus the half hour before 08:00, Wednesday 08:00.
    expect(local(preview.newLimitAppointmentAt)).toBe('2026-03-11T08:00:00+07:00');
    expect(migrate(dossier).preview.newLimitAppointmentAt).toBeNull();
  });

  it('keeps a conditional limit taken on the old revision under the step it maps to', () => {
    const taken = [
      { step: 'sign', amount: 1, unit: 'working_hour' as const, rule: 'x', at: '2026-03-09T09:00:00+07:00' },
    ];
    const { plan } = migrate(movedBy(['forward', 'submit'], { limitExtensions: taken }));
    expect(plan.patch.limitExtensions).toEqual([{ ...taken[0], step: 'approve' }]);
  });

  it('refuses a finished dossier, one not started and one on another revision', () => {
    expect(
      errorOf(() =>
        migrate(
          running({
            status: 'done',
            step: null,
            machineState: { value: 'done', context: running().machineState!.context },
          }),
        ),
      ),
    ).toBe(DossierErrorCode.NotMigratable);
    expect(errorOf(() => migrate(running({ status: 'accepted', machineState: null })))).toBe(
      DossierErrorCode.NotMigratable,
    );
    expect(errorOf(() => migrate(running({ procedureVersionId: to.id })))).toBe(
      DossierErrorCode.NotMigratable,
    );
  });

  it('refuses a dossier inside parallel branches, and a mapping that would put one there', () => {
    const joint = catalog.procedures.find((p) => p.definition.code === '1.013001')!;
    const jointFrom: MigrationRevision = {
      id: 'joint-1',
      revision: 1,
      definition: joint.definition,
      compiled: joint.compiled,
    };
    const jointTo: MigrationRevision = { ...jointFrom, id: 'joint-2', revision: 2 };
    const started = startDossier(joint.compiled).state;
    const forked = applyEvent(joint.compiled, started, { type: 'forward' });
    if ('rejected' in forked) throw new Error('forward rejected');
    const base = { procedureCode: '1.013001', procedureVersionId: 'joint-1' };
    const inFork = running({ ...base, step: 'process', machineState: forked.state });
    const atReceive = running({ ...base, step: 'receive', machineState: started });
    const run = (dossier: typeof inFork, map: Record<string, string>) =>
      planRevisionMigration({
        dossier,
        from: jointFrom,
        to: jointTo,
        mapping: map,
        actor: admin,
        calendar,
        now,
      });
    expect(errorOf(() => run(inFork, {}))).toBe(DossierErrorCode.NotMigratable);
    expect(errorOf(() => run(atReceive, { receive: 'process' }))).toBe(DossierErrorCode.NotMigratable);
    expect(run(atReceive, {}).plan.patch.step).toBe('receive');
  });
});
