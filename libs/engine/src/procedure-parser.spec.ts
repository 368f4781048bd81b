import {
  edit,
  fixture,
  fixtureContext,
  fixtureProcedure,
  PROCEDURE_TEXT,
  procedureErrors,
} from './__fixtures__/fixtures';
import { parseProcedure } from './procedure-parser';
import { paymentTimingOf } from './procedure.types';

const errorsAfter = (...replacements: Array<[string, string]>): string[] =>
  procedureErrors(edit(PROCEDURE_TEXT, ...replacements));

describe('parseProcedure', () => {
  it('normalizes a valid file: long-form transitions, defaults, lines', () => {
    const def = fixtureProcedure();
    expect(def).toMatchObject({
      file: 'p.yaml',
      code: '2.000908',
      version: 1,
      level: 'commune',
      agency: 'ubnd-xa',
      deadline: { amount: 1, unit: 'working_day' },
      maxSupplementRequests: 1,
      documents: [{ name: 'Tờ khai cấp bản sao trích lục', originals: 1, copies: 0, required: true }],
      fees: [{ name: 'Phí cấp bản sao', amount: 8000 }],
    });
    expect(def.cutoff).toBeUndefined();
    expect(def.steps.map((s) => [s.id, s.line, s.result])).toEqual([
      ['receive', 14, false],
      ['appraise', 20, false],
      ['sign', 26, false],
      ['release', 33, true],
    ]);
    expect(def.steps[0].transitions).toEqual([
      { event: 'forward', target: 'appraise', actions: [], line: 19 },
    ]);
    expect(def.steps[2].transitions).toEqual([
      {
        event: 'approve',
        target: 'release',
        guard: 'feesPaid',
        actions: ['recordFeesPaid', 'notifyApplicant'],
        line: 31,
      },
      { event: 'send_back', target: 'appraise', guard: 'hasComment', actions: [], line: 32 },
    ]);
  });

  it("reads a step's consultation mode, absent on steps that do not say it, and rejects another word", () => {
    const withWait = edit(PROCEDURE_TEXT, [
      '    owner: { unit: tu-phap, role: officer }\n',
      '    owner: { unit: tu-phap, role: officer }\n    consultation: wait\n',
    ]);
    const def = fixtureProcedure(withWait);
    expect(def.steps.map((s) => s.consultation)).toEqual([undefined, 'wait', undefined, undefined]);
    const errors = procedureErrors(withWait.replace('consultation: wait', 'consultation: later'));
    expect(errors.join('\n')).toMatch(/consultation/);
  });

  it('reads cutoff null as "no cut-off"', () => {
    expect(
      fixtureProcedure(edit(PROCEDURE_TEXT, ['online: partial', 'online: partial\ncutoff: null'])).cutoff,
    ).toBeNull();
  });

  it('gives the default deadline policy, or the one the file sets, in working minutes', () => {
    expect(fixtureProcedure().deadlines).toEqual({
      dueSoon: { fraction: 0.25, minutes: 240 },
      stalledAfterMinutes: 960,
      escalateHeadMinutes: 240,
      escalateSupervisorMinutes: 480,
    });
    const text = edit(PROCEDURE_TEXT, [
      'online: partial',
      'online: partial\ndeadlines:\n  dueSoon: { fraction: 0.5, hours: 1.5 }\n  stalledAfter: { amount: 3, unit: working_hour }\n  escalate: { head: { amount: 0.5, unit: working_day } }',
    ]);
    expect(fixtureProcedure(text).deadlines).toEqual({
      dueSoon: { fraction: 0.5, minutes: 90 },
      stalledAfterMinutes: 180,
      escalateHeadMinutes: 240,
      escalateSupervisorMinutes: 480,
    });
    expect(
      procedureErrors(
        edit(PROCEDURE_TEXT, ['online: partial', 'online: partial\ndeadlines: { dueSoon: { fraction: 2 } }']),
      ),
    ).toEqual(['p.yaml:9: deadlines.dueSoon.fraction: must be <= 1']);
  });

  describe('reports', () => {
    it('YAML syntax errors', () => {
      expect(errorsAfter(["name: 'Thẩm định'", "name: 'Thẩm định"])).toEqual([
        "p.yaml:21: YAML: Missing closing 'quote",
      ]);
    });

    it('duplicate keys', () => {
      expect(errorsAfter(["field: 'Hộ tịch'", "field: 'Hộ tịch'\nfield: 'Chứng thực'"])).toEqual([
        'p.yaml:5: YAML: Map keys must be unique',
      ]);
    });

    it('a missing required field', () => {
      expect(errorsAfter(["field: 'Hộ tịch'\n", ''])).toEqual([
        "p.yaml:1: file: missing required field 'field'",
      ]);
    });

    it('a misspelt field, at the line of the misspelt key', () => {
      expect(errorsAfter(['online: partial', "online: partial\nsorce: 'QĐ 1/2026'"])).toEqual([
        "p.yaml:9: file: unknown field 'sorce' (did you mean 'source'?)",
      ]);
    });

    it('a misspelt step field, and the field it then lacks', () => {
      expect(errorsAfter(['    duration: { amount: 3', '    duraton: { amount: 3'])).toEqual([
        "p.yaml:20: step 2 (appraise): missing required field 'duration'",
        "p.yaml:23: step 2 (appraise): unknown field 'duraton' (did you mean 'duration'?)",
      ]);
    });

    it('a mistyped field', () => {
      expect(errorsAfter(['version: 1', 'version: one'])).toEqual(['p.yaml:2: version: must be integer']);
    });

    it('a value outside its enum', () => {
      expect(errorsAfter(['level: commune', 'level: district'])).toEqual([
        'p.yaml:5: level: must be one of "province", "commune", "ministry"',
      ]);
    });

    it('a malformed code, with the pattern described', () => {
      expect(errorsAfter(["code: '2.000908'", "code: '2.908'"])).toEqual([
        'p.yaml:1: code: must look like d.dddddd (e.g. 2.000908)',
      ]);
    });

    it('a code YAML read as a number', () => {
      expect(errorsAfter(["code: '2.000908'", 'code: 2.000908'])).toEqual([
        'p.yaml:1: code: write the code in quotes (e.g. "2.000908"), or YAML reads 2.000908 as a number',
      ]);
    });

    it('a malformed cut-off', () => {
      expect(errorsAfter(['online: partial', "online: partial\ncutoff: '3pm'"])).toEqual([
        'p.yaml:9: cutoff: must be a time of day HH:MM (e.g. 15:00)',
      ]);
    });

    it('a negative duration', () => {
      expect(
        errorsAfter(['{ amount: 2, unit: working_hour }', '{ amount: -2, unit: working_hour }']),
      ).toEqual(['p.yaml:17: step 1 (receive).duration.amount: must be >= 0']);
    });

    it('a duration that is not a whole number of minutes', () => {
      expect(
        errorsAfter(['{ amount: 2, unit: working_hour }', '{ amount: 0.01, unit: working_hour }']),
      ).toEqual(['p.yaml:17: step 1 (receive) duration 0.01 working hours is not a whole number of minutes']);
    });

    it('a deadline that is not a whole number of minutes, days or months', () => {
      expect(
        errorsAfter(['{ amount: 1, unit: working_day }', '{ amount: 1.001, unit: working_day }']),
      ).toEqual(['p.yaml:7: deadline 1.001 working days is not a whole number of minutes']);
      expect(errorsAfter(['{ amount: 1, unit: working_day }', '{ amount: 1.5, unit: month }'])).toEqual([
        'p.yaml:7: deadline 1.5 months (at most 34 working days 4 working hours) must be a whole number of months',
      ]);
    });

    it('duplicate step ids', () => {
      expect(errorsAfter(['  - id: release', '  - id: sign'])).toEqual([
        "p.yaml:31: step 3 (sign) action 'approve' targets unknown step 'release'",
        "p.yaml:33: step 4 (sign): id 'sign' is defined twice (first on line 26)",
      ]);
    });

    it('a target naming no step, with a suggestion for a near miss', () => {
      expect(errorsAfter(['target: release', 'target: relese'])).toEqual([
        "p.yaml:31: step 3 (sign) action 'approve' targets unknown step 'relese' (did you mean 'release'?)",
      ]);
    });

    it('a short-form target naming no step, without a suggestion when nothing is near', () => {
      expect(errorsAfter(['forward: appraise', 'forward: verification'])).toEqual([
        "p.yaml:19: step 1 (receive) action 'forward' targets unknown step 'verification'",
      ]);
    });

    it('a target that only a built-in event may reach', () => {
      expect(errorsAfter(['hand_over: done', 'hand_over: refused'])).toEqual([
        "p.yaml:39: step 4 (release) action 'hand_over' targets 'refused', which only the built-in event 'refuse' reaches",
      ]);
    });

    it('an unreachable step', () => {
      expect(
        errorsAfter(['forward: appraise', 'forward: sign'], ['target: appraise', 'target: receive']),
      ).toEqual(["p.yaml:20: step 2 (appraise) is unreachable from the first step 'receive'"]);
    });

    it("a step that cannot reach 'done' through the file's actions", () => {
      expect(errorsAfter(['hand_over: done', 'hand_over: release'])).toEqual([
        "p.yaml:14: step 1 (receive) cannot reach 'done' through the file's actions",
        "p.yaml:20: step 2 (appraise) cannot reach 'done' through the file's actions",
        "p.yaml:26: step 3 (sign) cannot reach 'done' through the file's actions",
        "p.yaml:33: step 4 (release) cannot reach 'done' through the file's actions",
      ]);
    });

    it('an unknown guard, with a suggestion', () => {
      expect(errorsAfter(['guard: feesPaid', 'guard: feePaid'])).toEqual([
        "p.yaml:31: step 3 (sign) action 'approve' uses unknown guard 'feePaid' (did you mean 'feesPaid'?)",
      ]);
    });

    it('an unknown action, listing the known ones', () => {
      expect(
        errorsAfter(['actions: [recordFeesPaid, notifyApplicant]', 'actions: [recordFeesPaid, sendSms]']),
      ).toEqual([
        "p.yaml:31: step 3 (sign) action 'approve' uses unknown action 'sendSms' (known: recordFeesPaid, requestPayment, notifyApplicant)",
      ]);
    });

    it('names of built-in object members as guards, actions or targets', () => {
      expect(
        errorsAfter(
          ['guard: feesPaid', 'guard: toString'],
          ['actions: [recordFeesPaid, notifyApplicant]', 'actions: [constructor]'],
          ['target: appraise', 'target: __proto__'],
        ),
      ).toEqual([
        "p.yaml:31: step 3 (sign) action 'approve' uses unknown action 'constructor' (known: recordFeesPaid, requestPayment, notifyApplicant)",
        "p.yaml:31: step 3 (sign) action 'approve' uses unknown guard 'toString' (known: feesPaid, hasComment)",
        "p.yaml:32: step 3 (sign) action 'send_back' targets unknown step '__proto__'",
      ]);
    });

    it('an owner unit absent from the org file', () => {
      expect(errorsAfter(['{ unit: tu-phap, role: officer }', '{ unit: tuphap, role: officer }'])).toEqual([
        "p.yaml:22: step 2 (appraise) owner unit 'tuphap' is not in workflows/org.yaml (did you mean 'tu-phap'?)",
      ]);
    });

    it('an owner role the unit does not staff', () => {
      expect(errorsAfter(['{ unit: ubnd-xa, role: leader }', '{ unit: ubnd-xa, role: head }'])).toEqual([
        "p.yaml:28: step 3 (sign) owner role 'head' is not staffed by unit 'ubnd-xa' (it staffs: leader)",
      ]);
    });

    it('an agency absent from the org file', () => {
      expect(errorsAfter(['agency: ubnd-xa', 'agency: ubnd-phuong'])).toEqual([
        "p.yaml:6: agency 'ubnd-phuong' is not a unit in workflows/org.yaml",
      ]);
    });

    it('deciders that are not roles of the org file', () => {
      expect(errorsAfter(['agency: ubnd-xa', 'agency: ubnd-xa\ndeciders: [leader, chief]'])).toEqual([
        "p.yaml:7: deciders: role 'chief' is not a role in workflows/org.yaml",
      ]);
      expect(
        fixtureProcedure(edit(PROCEDURE_TEXT, ['agency: ubnd-xa', 'agency: ubnd-xa\ndeciders: [leader]']))
          .deciders,
      ).toEqual(['leader']);
      expect(fixtureProcedure().deciders).toBeUndefined();
    });

    it('the longest path taking more than a working-hour limit', () => {
      expect(errorsAfter(['{ amount: 1, unit: working_day }', '{ amount: 7, unit: working_hour }'])).toEqual([
        'p.yaml:7: the longest path receive → appraise → sign → release → done takes 1 working day, more than the statutory 7 working hours',
      ]);
    });

    it('the longest path counts a branch that skips no step once, not a loop', () => {
      const text = edit(
        PROCEDURE_TEXT,
        ['{ amount: 1, unit: working_day }', '{ amount: 1, unit: day }'],
        ['      forward: appraise', '      forward: appraise\n      fast_track: sign'],
        ['{ amount: 3, unit: working_hour }', '{ amount: 3.5, unit: working_hour }'],
      );
      expect(procedureErrors(text)).toEqual([
        'p.yaml:7: the longest path receive → appraise → sign → release → done takes 1 working day 30 minutes, more than the statutory 1 day (at most 1 working day)',
      ]);
    });

    it('nothing when a month limit holds the path (1 month = 23 working days)', () => {
      const text = edit(
        PROCEDURE_TEXT,
        ['{ amount: 1, unit: working_day }', '{ amount: 1, unit: month }'],
        ['{ amount: 3, unit: working_hour }', '{ amount: 20, unit: working_day }'],
      );
      expect(procedureErrors(text)).toEqual([]);
      expect(
        procedureErrors(
          edit(text, ['{ amount: 20, unit: working_day }', '{ amount: 23, unit: working_day }']),
        ),
      ).toEqual([
        'p.yaml:7: the longest path receive → appraise → sign → release → done takes 23 working days 5 working hours, more than the statutory 1 month (at most 23 working days)',
      ]);
    });

    it('a step id that is a terminal state', () => {
      expect(errorsAfter(['  - id: release', '  - id: done'], ['target: release', 'target: done'])).toEqual([
        "p.yaml:33: step 4 (done): id 'done' is reserved for the terminal state 'done'",
      ]);
    });

    it('an action named like a built-in event', () => {
      expect(
        errorsAfter(['      send_back: { target: appraise', '      refuse: { target: appraise']),
      ).toEqual(["p.yaml:32: step 3 (sign) action 'refuse' clashes with the built-in event 'refuse'"]);
    });

    it('an action named like an event the service records itself (a consultation, a transfer)', () => {
      expect(
        errorsAfter(['      send_back: { target: appraise', '      consult: { target: appraise']),
      ).toEqual([
        "p.yaml:32: step 3 (sign) action 'consult' is the name of a dossier event the service records itself; choose another name",
      ]);
    });

    it('an action name that is not lower case', () => {
      expect(errorsAfter(['      submit: sign', '      Submit: sign'])).toEqual([
        "p.yaml:25: step 2 (appraise) action 'Submit' must be named with lower case letters, digits and _, starting with a letter",
      ]);
    });
  });

  it("reads the field's catalog code, and refuses one that is not a code", () => {
    expect(fixtureProcedure().fieldCode).toBe('HO_TICH');
    expect(procedureErrors(edit(PROCEDURE_TEXT, ["fieldCode: 'HO_TICH'", "fieldCode: 'Hộ tịch'"]))).toEqual([
      "p.yaml:41: fieldCode: must be the field's catalog code (MaLinhVuc): capitals, digits, '_', '.', '-' (e.g. HO_TICH)",
    ]);
  });

  it('refuses a fee written with the Vietnamese thousands separator, with the amount likely meant', () => {
    expect(
      errorsAfter([
        "{ name: 'Phí cấp bản sao', amount: 8000 }",
        "{ name: 'Phí cấp bản sao', amount: 200.000 }",
      ]),
    ).toEqual([
      'p.yaml:12: fees[0].amount 200.000 would load as 200, not 200000: YAML has no thousands separator; write 200000 if 200000 đồng is meant',
    ]);
    const million = errorsAfter([
      "  - { name: 'Phí cấp bản sao', amount: 8000 }",
      "  - { name: 'Phí cấp bản sao', amount: 8000 }\n  - name: 'Lệ phí'\n    amount: 1.000.000",
    ]);
    expect(million).toContain(
      "p.yaml:14: fees[1].amount 1.000.000 would load as the text '1.000.000', not 1000000: YAML has no thousands separator; write 1000000 if 1000000 đồng is meant",
    );
    expect(errorsAfter(['amount: 8000 }', 'amount: 200000 }'])).toEqual([]);
  });

  it('reads when the fees are paid: before the result unless the file says otherwise', () => {
    expect(paymentTimingOf(fixtureProcedure())).toBe('before_result');
    const fees = "  - { name: 'Phí cấp bản sao', amount: 8000 }";
    const after = parseProcedure(
      edit(PROCEDURE_TEXT, [fees, `${fees}\npayment: after_result`]),
      'p.yaml',
      fixtureContext(),
    );
    expect(after.procedure?.payment).toBe('after_result');
    expect(errorsAfter([fees, `${fees}\npayment: later`])[0]).toMatch(
      /^p\.yaml:13: payment: .*before_result.*after_result.*none/,
    );
  });

  it('refuses a payment rule for a procedure that charges nothing', () => {
    const fees = "  - { name: 'Phí cấp bản sao', amount: 8000 }";
    expect(errorsAfter([fees, "  - { name: 'Phí cấp bản sao', amount: 0 }\npayment: before_result"])).toEqual(
      [
        'p.yaml:13: payment: before_result: the procedure charges no fee (fees empty or zero); drop payment or list the fees',
      ],
    );
  });

  it('reports every problem of a file at once, in line order', () => {
    expect(procedureErrors(fixture('broken.yaml'), 'workflows/procedures/x.yaml')).toEqual([
      'workflows/procedures/x.yaml:1: code: must look like d.dddddd (e.g. 2.000908)',
      "workflows/procedures/x.yaml:1: file: missing required field 'fieldCode'",
      "workflows/procedures/x.yaml:1: file: missing required field 'online'",
      'workflows/procedures/x.yaml:5: level: must be one of "province", "commune", "ministry"',
      "workflows/procedures/x.yaml:7: file: unknown field 'onlien' (did you mean 'online'?)",
      "workflows/procedures/x.yaml:11: step 1 (receive) owner unit 'onestop' is not in workflows/org.yaml (did you mean 'one-stop'?)",
      'workflows/procedures/x.yaml:12: step 1 (receive) duration 0.001 working hours is not a whole number of minutes',
      "workflows/procedures/x.yaml:18: step 2 (sign) action 'approve' targets unknown step 'relese' (did you mean 'release'?)",
      "workflows/procedures/x.yaml:18: step 2 (sign) action 'approve' uses unknown guard 'paid' (known: feesPaid, hasComment)",
      "workflows/procedures/x.yaml:18: step 2 (sign) action 'stop' clashes with the built-in event 'stop'",
      "workflows/procedures/x.yaml:21: step 3 (release) owner role 'reception' is not staffed by unit 'ubnd-xa' (it staffs: leader)",
      "workflows/procedures/x.yaml:24: step 4 (sign): id 'sign' is defined twice (first on line 14)",
    ]);
  });

  it('never throws on a file that is not a map', () => {
    for (const text of ['', '42', '- a\n- b', 'steps: 3', 'steps: [1, {id: 2}, {id: a, actions: 7}]']) {
      expect(() => parseProcedure(text, 'p.yaml', fixtureContext())).not.toThrow();
      expect(parseProcedure(text, 'p.yaml', fixtureContext()).errors.length).toBeGreaterThan(0);
    }
  });
});
