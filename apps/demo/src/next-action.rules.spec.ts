import { copyProcedure, planOf, viewAt } from './demo-fixtures.rules';
import { advance, forwardAction, newProgress, nextMove } from './next-action.rules';

const progress = newProgress();

describe('nextMove', () => {
  it('moves forward along the main path with a comment', () => {
    expect(nextMove(viewAt('receive'), copyProcedure, planOf(), progress)).toEqual({
      kind: 'act',
      body: { action: 'forward', comment: expect.any(String) },
    });
    // `submit` goes to a later step; `request_verification` is listed first but is a detour.
    expect(forwardAction(copyProcedure, copyProcedure.steps[1], ['request_verification', 'submit'])).toBe(
      'submit',
    );
    expect(nextMove(viewAt('sign'), copyProcedure, planOf(), progress)).toMatchObject({
      body: { action: 'sign' },
    });
  });

  it('pays what is due at the desk before handing the result over, then hands it to the applicant', () => {
    const owing = viewAt('release', { fees: { timing: 'before_result', due: 8000 } });
    expect(nextMove(owing, copyProcedure, planOf(), progress)).toEqual({ kind: 'pay', amount: 8000 });
    const paid = viewAt('release', { fees: { timing: 'before_result', due: 0 } });
    expect(nextMove(paid, copyProcedure, planOf(), progress)).toMatchObject({
      body: { action: 'hand_over', collector: { kind: 'applicant', idNumber: '010085012345' } },
    });
    const later = viewAt('release', { fees: { timing: 'after_result', due: 8000 } });
    expect(nextMove(later, copyProcedure, planOf(), progress)).toMatchObject({
      body: { action: 'hand_over' },
    });
  });

  it('only acts with what the caller is allowed', () => {
    const move = nextMove(
      viewAt('appraise', { allowedActions: ['withdraw'] }),
      copyProcedure,
      planOf(),
      progress,
    );
    expect(move).toEqual({ kind: 'stuck', why: expect.stringContaining('allowed: withdraw') });
  });

  it('sends back once where the step allows it, with the comment its guard wants', () => {
    const plan = planOf({ scenario: 'send_back' });
    expect(nextMove(viewAt('appraise'), copyProcedure, plan, progress)).toMatchObject({
      body: { action: 'submit' },
    });
    const back = nextMove(viewAt('sign'), copyProcedure, plan, progress);
    expect(back).toEqual({
      kind: 'act',
      body: { action: 'send_back', comment: expect.stringMatching(/\S/) },
    });
    const after = advance(progress, 'send_back');
    expect(nextMove(viewAt('sign'), copyProcedure, plan, after)).toMatchObject({ body: { action: 'sign' } });
  });

  it('asks for a supplement once, after reception, then records it', () => {
    const plan = planOf({ scenario: 'supplement' });
    expect(nextMove(viewAt('receive'), copyProcedure, plan, progress)).toMatchObject({
      body: { action: 'forward' },
    });
    expect(nextMove(viewAt('appraise'), copyProcedure, plan, progress)).toMatchObject({
      body: {
        action: 'request_supplement',
        reason: expect.any(String),
        missingItems: expect.arrayContaining([expect.any(String)]),
      },
    });
    const paused = viewAt('appraise', {
      status: 'awaiting_supplement',
      allowedActions: ['supplement_received'],
    });
    const asked = advance(progress, 'request_supplement');
    expect(nextMove(paused, copyProcedure, plan, asked)).toMatchObject({
      body: { action: 'supplement_received' },
    });
    expect(nextMove(viewAt('appraise'), copyProcedure, plan, asked)).toMatchObject({
      body: { action: 'submit' },
    });
  });

  it('hands in the missing documents of a dossier incomplete at the desk', () => {
    const missing = [{ name: 'Bản chính giấy tờ cần sao', originals: 1, copies: 0 }];
    const view = viewAt(null, { status: 'awaiting_documents', allowedActions: ['supplement_received'] });
    expect(
      nextMove(view, copyProcedure, planOf({ scenario: 'desk_supplement', missing }), progress),
    ).toMatchObject({
      body: { action: 'supplement_received', documents: missing },
    });
  });

  it('withdraws after the planned number of forward moves, or asks for someone who may', () => {
    const plan = planOf({ scenario: 'withdraw', stopAfter: 1 });
    expect(nextMove(viewAt('appraise'), copyProcedure, plan, progress)).toMatchObject({
      body: { action: 'submit' },
    });
    const moved = advance(progress, 'forward');
    expect(nextMove(viewAt('appraise'), copyProcedure, plan, moved)).toMatchObject({
      body: { action: 'withdraw', reason: expect.any(String) },
    });
    const officer = viewAt('appraise', { allowedActions: ['submit'] });
    expect(nextMove(officer, copyProcedure, plan, moved).kind).toBe('stuck');
  });

  it('leaves a pending dossier where its plan stops, waits for intake, stops at a final status', () => {
    const pending = planOf({ scenario: 'pending', stopAfter: 2 });
    const twice = advance(advance(progress, 'forward'), 'submit');
    expect(nextMove(viewAt('sign'), copyProcedure, pending, twice)).toEqual({ kind: 'leave' });
    expect(nextMove(viewAt(null, { status: 'accepted' }), copyProcedure, planOf(), progress)).toEqual({
      kind: 'wait',
    });
    for (const status of ['done', 'refused', 'withdrawn', 'stopped'] as const) {
      expect(nextMove(viewAt(null, { status }), copyProcedure, planOf(), progress)).toEqual({
        kind: 'finished',
      });
    }
  });

  it('reports a step the procedure does not have', () => {
    const view = { ...viewAt('receive'), step: { ...viewAt('receive').step!, id: 'archive' } };
    expect(nextMove(view, copyProcedure, planOf(), progress)).toEqual({
      kind: 'stuck',
      why: expect.stringContaining("'archive'"),
    });
  });

  it('counts only forward moves toward a stop', () => {
    const p = ['forward', 'send_back', 'request_supplement', 'supplement_received', 'submit'].reduce(
      advance,
      progress,
    );
    expect(p).toEqual({ forwardMoves: 2, sentBack: true, supplementRequested: true });
  });
});

describe('nextMove in a fork', () => {
  const joint = {
    ...copyProcedure,
    steps: [
      copyProcedure.steps[0],
      { id: 'process', name: 'Liên thông', owner: { unit: '', role: '' }, transitions: [] },
      {
        id: 'register_residence',
        name: 'Đăng ký thường trú',
        owner: { unit: 'cong-an-xa', role: 'officer' },
        transitions: [{ event: 'register', target: 'joined' }],
      },
      {
        id: 'issue_card',
        name: 'Cấp thẻ BHYT',
        owner: { unit: 'bhxh-khu-vuc', role: 'officer' },
        transitions: [{ event: 'issue', target: 'joined' }],
      },
    ],
  };
  const branch = (id: string, stepId: string | null, allowedActions: string[]) => {
    const step = joint.steps.find((s) => s.id === stepId);
    return { id, step: step ? { id: step.id, owner: step.owner, assignee: null } : null, allowedActions };
  };
  const forked = (branches: ReturnType<typeof branch>[]) =>
    viewAt(null, {
      step: { id: 'process', name: 'Liên thông', owner: { unit: '', role: '' }, assignee: null },
      allowedActions: ['withdraw'],
      branches,
    });

  it('acts on the open branch the caller may act on, naming it', () => {
    const view = forked([
      branch('insurance', 'issue_card', []),
      branch('residence', 'register_residence', ['register']),
    ]);
    expect(nextMove(view, joint, planOf(), progress)).toEqual({
      kind: 'act',
      body: { action: 'register', branch: 'residence', comment: expect.any(String) },
    });
  });

  it('is stuck for a user who holds no open branch', () => {
    const view = forked([branch('insurance', null, []), branch('residence', 'register_residence', [])]);
    expect(nextMove(view, joint, planOf(), progress)).toEqual({
      kind: 'stuck',
      why: expect.stringContaining('no open branch'),
    });
  });
});
