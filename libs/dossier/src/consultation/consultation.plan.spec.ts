import type { AuthUser } from '@motcua/identity';
import { DossierErrorCode } from '../dossier.exception';
import type { DossierEntity } from '../dossier.entity';
import { planAction } from '../command/action.plan';
import type { DossierActionDto } from '../command/dossier-action.dto';
import * as fx from '../command/__fixtures__/plans';
import type { AskConsultationDto } from './consultation.dto';
import { planAnswer, planConsultation } from './consultation.plan';

const { appraiser, at, calendar, errorOf, leader, local, movedBy, org, reception, revision, user } = fx;

const police = user('congan', 'cong-an-xa', 'officer');
const policeHead = user('truongca', 'cong-an-xa', 'head');
const ID = '33333333-3333-4333-8333-333333333333';
const asked = at('2026-03-09T10:00:00');
const atAppraisal = (overrides: Partial<DossierEntity> = {}) => movedBy(['forward'], overrides);

const ask = (dossier: DossierEntity, who: AuthUser = appraiser, dto: Partial<AskConsultationDto> = {}) =>
  planConsultation(
    { dossier, revision, org, calendar, now: asked },
    who,
    {
      unit: 'cong-an-xa',
      question: 'Đề nghị xác minh nơi cư trú',
      deadline: { amount: 1, unit: 'working_day' },
      expectedVersion: dossier.version,
      ...dto,
    },
    ID,
  );

describe('planConsultation', () => {
  it('asks the unit with a due instant on the center calendar and counts it open on the dossier', () => {
    const { plan, consultation } = ask(atAppraisal());
    expect(consultation).toMatchObject({
      id: ID,
      unit: 'cong-an-xa',
      role: null,
      step: 'appraise',
      answer: null,
    });
    // One working day from Monday 10:00: Tuesday 10:00.
    expect(local(consultation.dueAt)).toBe('2026-03-10T10:00:00+07:00');
    expect(plan.patch.openConsultations).toBe(1);
    expect(plan.event).toMatchObject({
      action: 'consult',
      comment: 'Đề nghị xác minh nơi cư trú',
      fromStep: 'appraise',
      toStep: 'appraise',
      payload: { consultationId: ID, unit: 'cong-an-xa' },
    });
    expect(plan.portalSync).toBe(false);
  });

  it('belongs to the holder of the step, and asks a unit of the organization other than its own', () => {
    expect(errorOf(() => ask(atAppraisal(), reception))).toBe(DossierErrorCode.NotStepOwner);
    expect(errorOf(() => ask(atAppraisal(), appraiser, { unit: 'cong-an' }))).toBe(
      DossierErrorCode.UnknownUnit,
    );
    expect(errorOf(() => ask(atAppraisal(), appraiser, { unit: 'tu-phap-xa' }))).toBe(
      DossierErrorCode.UnknownUnit,
    );
    expect(errorOf(() => ask(atAppraisal(), appraiser, { role: 'leader' }))).toBe(
      DossierErrorCode.UnknownUnit,
    );
    expect(errorOf(() => ask(atAppraisal({ status: 'done', stepOwnerUnit: null })))).toBe(
      DossierErrorCode.ActionNotAllowed,
    );
    expect(errorOf(() => ask(atAppraisal(), appraiser, { expectedVersion: 1 }))).toBe(
      DossierErrorCode.VersionConflict,
    );
  });
});

describe('planAnswer', () => {
  const { consultation } = ask(atAppraisal());
  const answer = (who: AuthUser, now: Date, c = consultation) =>
    planAnswer(
      { dossier: atAppraisal({ openConsultations: 1 }), revision, calendar, now },
      c,
      who,
      'Đúng nơi cư trú',
    );

  it('closes the consultation, graded against its due instant', () => {
    const onTime = answer(police, at('2026-03-09T15:00:00'));
    expect(onTime.plan.patch.openConsultations).toBe(0);
    expect(onTime.consultation).toMatchObject({ answer: 'Đúng nơi cư trú', answeredBy: police.id });
    expect(onTime.plan.event).toMatchObject({ action: 'consult_answer', payload: { answered: 'early' } });
    expect(answer(policeHead, at('2026-03-11T08:00:00')).plan.event.payload).toMatchObject({
      answered: 'late',
    });
  });

  it('is given only by the consulted unit, once', () => {
    expect(errorOf(() => answer(appraiser, asked))).toBe(DossierErrorCode.NotConsulted);
    expect(errorOf(() => answer(leader, asked))).toBe(DossierErrorCode.NotConsulted);
    const done = { ...consultation, answer: 'x', answeredAt: asked, answeredBy: police.id };
    expect(errorOf(() => answer(police, asked, done))).toBe(DossierErrorCode.ConsultationAnswered);
  });
});

describe('a step that waits for its consultations', () => {
  const waiting = {
    ...revision,
    definition: {
      ...revision.definition,
      steps: revision.definition.steps.map((s) =>
        s.id === 'appraise' ? { ...s, consultation: 'wait' as const } : s,
      ),
    },
  };
  const act = (r: typeof revision, open: number, action: string) =>
    planAction(
      { dossier: atAppraisal({ openConsultations: open }), revision: r, org, calendar, now: asked },
      appraiser,
      { action, expectedVersion: 2, reason: 'lý do', missingItems: ['Bản sao'] } as DossierActionDto,
    );

  it('is not handed over while one is open; a step that continues is', () => {
    expect(errorOf(() => act(waiting, 1, 'submit'))).toBe(DossierErrorCode.ConsultationOpen);
    expect(act(waiting, 0, 'submit').patch.step).toBe('sign');
    expect(act(revision, 1, 'submit').patch.step).toBe('sign');
  });

  it('still lets the built-in actions through (a supplement request)', () => {
    expect(act(waiting, 1, 'request_supplement').patch.status).toBe('awaiting_supplement');
  });
});
