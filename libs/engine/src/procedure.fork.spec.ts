import { edit, fixtureProcedure, JOINT_TEXT, procedureErrors } from './__fixtures__/fixtures';
import { defaultRegistry } from './engine-registry';
import type { EngineEvent, EngineRejection, EngineResult } from './engine.types';
import { compileProcedure } from './procedure-compiler';
import { toMermaid } from './procedure-diagram';
import { longestPath } from './procedure-graph';
import { allowedEvents, applyEvent, startDossier } from './procedure-runtime';

const joint = (text = JOINT_TEXT) => compileProcedure(fixtureProcedure(text), defaultRegistry);
const compiled = joint();

function accept(result: EngineResult | EngineRejection): EngineResult {
  if ('rejected' in result) throw new Error(`rejected; allowed: ${result.allowed.join(', ')}`);
  return result;
}

const run = (events: Array<string | EngineEvent>, from = startDossier(compiled), procedure = compiled) =>
  events.reduce(
    (result, event) =>
      accept(applyEvent(procedure, result.state, typeof event === 'string' ? { type: event } : event)),
    from,
  );

const at = (branch: string, type: string, extra: Record<string, unknown> = {}): EngineEvent => ({
  type,
  branch,
  ...extra,
});

describe('forks (parallel branches)', () => {
  it('reads the branches as steps of their own, after their fork', () => {
    const def = fixtureProcedure(JOINT_TEXT);
    expect(def.steps.map((s) => s.id)).toEqual([
      'receive',
      'handle',
      'register_birth',
      'sign_birth',
      'register_residence',
      'issue_card',
      'release',
    ]);
    const fork = def.steps[1];
    expect(fork.fork).toEqual({
      branches: [
        { id: 'birth', name: 'Đăng ký khai sinh', steps: ['register_birth', 'sign_birth'] },
        { id: 'residence', name: 'Đăng ký thường trú', steps: ['register_residence'] },
        { id: 'insurance', name: 'Cấp thẻ BHYT', steps: ['issue_card'] },
      ],
      join: ['birth', 'residence', 'insurance'],
      next: 'release',
    });
    expect(def.steps[3]).toMatchObject({ branch: 'birth', forkOf: 'handle', owner: { unit: 'ubnd-xa' } });
  });

  it('enters every branch at its first step when the dossier reaches the fork', () => {
    const forked = run(['forward']);
    expect(forked).toMatchObject({ step: 'handle', phase: 'active', resultReady: false });
    expect(forked.branches).toEqual([
      { branch: 'birth', step: 'register_birth', phase: 'active' },
      { branch: 'residence', step: 'register_residence', phase: 'active' },
      { branch: 'insurance', step: 'issue_card', phase: 'active' },
    ]);
    expect(forked.state.value).toEqual({
      handle: {
        birth: { register_birth: 'active' },
        residence: { register_residence: 'active' },
        insurance: { issue_card: 'active' },
      },
    });
    expect(JSON.parse(JSON.stringify(forked.state))).toEqual(forked.state);
  });

  it('lists events per branch, and only the dossier-wide built-ins without one', () => {
    const forked = run(['forward']).state;
    expect(allowedEvents(compiled, forked)).toEqual(['refuse', 'withdraw', 'stop', 'extend']);
    expect(allowedEvents(compiled, forked, 'birth')).toEqual(['submit', 'request_supplement']);
    expect(allowedEvents(compiled, forked, 'insurance')).toEqual(['issue', 'request_supplement']);
    expect(allowedEvents(compiled, forked, 'nowhere')).toEqual([]);
    expect(allowedEvents(compiled, startDossier(compiled).state, 'birth')).toEqual([]);
  });

  it('moves only the branch an event is addressed to', () => {
    const moved = run(['forward', at('birth', 'submit')]);
    expect(moved.branches).toEqual([
      { branch: 'birth', step: 'sign_birth', phase: 'active' },
      { branch: 'residence', step: 'register_residence', phase: 'active' },
      { branch: 'insurance', step: 'issue_card', phase: 'active' },
    ]);
    expect(moved.context.visited).toContain('sign_birth');
  });

  it('rejects a branch action without its branch, or addressed to another branch', () => {
    const forked = run(['forward']).state;
    expect(applyEvent(compiled, forked, { type: 'submit' })).toEqual({
      rejected: true,
      allowed: ['refuse', 'withdraw', 'stop', 'extend'],
    });
    expect(applyEvent(compiled, forked, at('residence', 'submit'))).toEqual({
      rejected: true,
      allowed: ['register', 'request_supplement'],
    });
  });

  it('checks file guards within a branch', () => {
    const signing = run(['forward', at('birth', 'submit')]).state;
    expect(applyEvent(compiled, signing, at('birth', 'send_back'))).toMatchObject({
      rejected: true,
      guard: 'hasComment',
    });
    const back = run([at('birth', 'send_back', { comment: 'sai tên' })], { state: signing } as EngineResult);
    expect(back.branches?.[0]).toEqual({ branch: 'birth', step: 'register_birth', phase: 'active' });
    expect(back.context.sendBacks).toBe(1);
  });

  it('stays in the fork until every branch has joined, then moves on to the next step', () => {
    const two = run(['forward', at('residence', 'register'), at('insurance', 'issue')]);
    expect(two.step).toBe('handle');
    expect(two.branches?.map((b) => b.phase)).toEqual(['active', 'joined', 'joined']);
    expect(allowedEvents(compiled, two.state, 'residence')).toEqual([]);
    const joined = run([at('birth', 'submit'), at('birth', 'sign')], two);
    expect(joined).toMatchObject({ step: 'release', phase: 'active', resultReady: true });
    expect(joined.branches).toBeUndefined();
    expect(joined.state.value).toEqual({ release: 'active' });
    expect(run(['hand_over'], joined)).toMatchObject({ phase: 'done' });
  });

  it('leaves when the declared subset has joined, closing the other branches', () => {
    const subset = joint(
      edit(JOINT_TEXT, ['    next: release', '    join: [birth, residence]\n    next: release']),
    );
    const joined = run(
      ['forward', at('residence', 'register'), at('birth', 'submit'), at('birth', 'sign')],
      startDossier(subset),
      subset,
    );
    expect(joined).toMatchObject({ step: 'release', phase: 'active' });
  });

  it('pauses one branch for a supplement and marks the dossier as waiting', () => {
    const waiting = run(['forward', at('residence', 'request_supplement')]);
    expect(waiting.phase).toBe('awaiting_supplement');
    expect(waiting.branches?.[1]).toEqual({
      branch: 'residence',
      step: 'register_residence',
      phase: 'awaiting_supplement',
    });
    expect(allowedEvents(compiled, waiting.state, 'residence')).toEqual(['supplement_received']);
    // The limit is the dossier's: another branch cannot ask again.
    expect(allowedEvents(compiled, waiting.state, 'birth')).toEqual(['submit']);
    const back = run([at('residence', 'supplement_received')], waiting);
    expect(back.phase).toBe('active');
    expect(back.branches?.[1].phase).toBe('active');
  });

  it('refuses, stops or extends the whole dossier from inside a fork', () => {
    expect(run(['forward', 'refuse'])).toMatchObject({ step: null, phase: 'refused' });
    expect(run(['forward', at('birth', 'submit'), 'stop'])).toMatchObject({ phase: 'stopped' });
    const extended = run(['forward', 'extend']);
    expect(extended.context.extensions).toBe(1);
    expect(allowedEvents(compiled, extended.state)).toEqual(['refuse', 'withdraw', 'stop']);
  });

  it('enters the fork afresh after a send-back to a step before it', () => {
    const text = edit(JOINT_TEXT, ['      hand_over: done', '      hand_over: done\n      redo: handle']);
    const again = joint(text);
    const first = run(
      [
        'forward',
        at('birth', 'submit'),
        at('birth', 'sign'),
        at('residence', 'register'),
        at('insurance', 'issue'),
      ],
      startDossier(again),
      again,
    );
    const back = run(['redo'], first, again);
    expect(back.branches?.map((b) => b.phase)).toEqual(['active', 'active', 'active']);
    expect(back.context.joined).toEqual([]);
  });

  it('times a fork by its slowest branch that must join', () => {
    const def = fixtureProcedure(JOINT_TEXT);
    expect(longestPath(def)).toEqual({
      path: ['receive', 'handle', 'register_residence', 'release'],
      minutes: (2 + 16 + 2) * 60,
      extension: 0,
    });
  });

  it('checks the statutory limit along the slowest branch', () => {
    const slow = edit(JOINT_TEXT, ['{ amount: 2, unit: working_day }', '{ amount: 4, unit: working_day }']);
    expect(procedureErrors(slow).join('\n')).toMatch(
      /longest path receive → handle → register_residence → release → done takes .*more than the statutory/,
    );
  });

  it('reports forks that are not well formed', () => {
    const errors = (text: string) => procedureErrors(text).join('\n');
    expect(
      errors(edit(JOINT_TEXT, ['              register: joined', '              register: release'])),
    ).toMatch(
      /step 2\.2\.1 \(register_residence\) action 'register' targets 'release', which is not a step of its branch 'residence'/,
    );
    expect(errors(edit(JOINT_TEXT, ['      forward: handle', '      forward: joined']))).toMatch(
      /targets 'joined', which only a step of a branch may target/,
    );
    expect(
      errors(edit(JOINT_TEXT, ['    next: release', '    join: [birth, insurence]\n    next: release'])),
    ).toMatch(/join names unknown branch 'insurence' \(did you mean 'insurance'\?\)/);
    expect(errors(edit(JOINT_TEXT, ['    next: release', '    next: relase']))).toMatch(
      /next 'relase' is not a step outside the branches/,
    );
    expect(errors(edit(JOINT_TEXT, ['      - id: residence', '      - id: birth']))).toMatch(
      /branch id 'birth' is used twice/,
    );
    expect(
      errors(
        edit(JOINT_TEXT, ['owner: { unit: one-stop, role: head }', 'owner: { unit: one-stopp, role: head }']),
      ),
    ).toMatch(/owner unit 'one-stopp' is not in .*did you mean 'one-stop'/);
    expect(
      errors(
        edit(JOINT_TEXT, [
          "    name: 'Giải quyết liên thông'",
          "    name: 'Giải quyết liên thông'\n    owner: { unit: tu-phap, role: officer }",
        ]),
      ),
    ).toMatch(/step 2 \(handle\) forks into branches, so it has no owner of its own/);
    expect(errors(edit(JOINT_TEXT, ['    next: release\n', '\n']))).toMatch(/missing required field 'next'/);
    // A branch step is named by its place in the table: fork 2, its branch 1, the branch's step 1.
    expect(
      errors(edit(JOINT_TEXT, ['id: register_birth', 'id: register_birth\n            result: maybe'])),
    ).toMatch(/step 2\.1\.1 \(register_birth\)\.result: /);
    expect(errors(edit(JOINT_TEXT, ['- id: issue_card', '- id: joined']))).toMatch(
      /step id 'joined' is reserved for the end of a branch/,
    );
  });

  it('draws the fork with its branches side by side and the join', () => {
    const text = toMermaid(fixtureProcedure(JOINT_TEXT));
    expect(text).toContain('  state "2. Giải quyết liên thông (3 branches, join all)" as handle {');
    expect(text).toContain('    state "Đăng ký khai sinh" as B_birth {');
    expect(text).toContain('      register_birth --> sign_birth: submit');
    expect(text).toContain('      sign_birth --> [*]: sign');
    expect(text).toContain('    --');
    expect(text).toContain('  receive --> handle: forward');
    expect(text).toContain('  handle --> release: joined');
  });
});
