import { edit, fixtureProcedure, PROCEDURE_TEXT } from './__fixtures__/fixtures';
import { toMermaid } from './procedure.diagram';

describe('toMermaid', () => {
  const def = fixtureProcedure();
  const diagram = toMermaid(def);

  it('draws a state diagram titled with the code, version, name and deadline', () => {
    expect(diagram.split('\n').slice(0, 4)).toEqual([
      '---',
      'title: "2.000908 v1 · Cấp bản sao trích lục hộ tịch · 1 working day"',
      '---',
      'stateDiagram-v2',
    ]);
  });

  it('labels every step with its number, name, owner and duration', () => {
    for (const [i, step] of def.steps.entries()) {
      expect(diagram).toContain(`state "${i + 1}. ${step.name}`);
      expect(diagram).toContain(`${step.owner.unit} · ${step.owner.role} · `);
    }
    expect(diagram).toContain(
      '  state "4. Trả kết quả (result ready)<br/>one-stop · reception · 1 working hour" as release\n',
    );
  });

  it('draws every transition, with its guard and actions', () => {
    expect(diagram).toContain('  [*] --> receive\n');
    for (const step of def.steps) {
      for (const t of step.transitions) expect(diagram).toContain(`  ${step.id} --> ${t.target}: ${t.event}`);
    }
    expect(diagram).toContain('  sign --> release: approve [feesPaid] / recordFeesPaid, notifyApplicant\n');
    expect(diagram).toContain('  sign --> appraise: send_back [hasComment]\n');
    expect(diagram).toContain('  done --> [*]\n');
  });

  it('draws the built-in events once for all steps', () => {
    expect(diagram).toContain(
      '  ANY_STEP --> ANY_STEP: request_supplement ⇄ supplement_received (at most 1) · extend (at most 1)\n',
    );
    for (const [event, terminal] of [
      ['refuse', 'refused'],
      ['withdraw', 'withdrawn'],
      ['stop', 'stopped'],
    ]) {
      expect(diagram).toContain(`  ANY_STEP --> ${terminal}: ${event}\n`);
    }
    expect(diagram.match(/: refuse$/gm)).toHaveLength(1);
  });

  it('escapes quotes in names and renames steps that are Mermaid keywords', () => {
    const text = edit(
      PROCEDURE_TEXT,
      ["name: 'Thẩm định'", `name: 'Thẩm định "hồ sơ"'`],
      ['  - id: appraise', '  - id: note'],
      ['forward: appraise', 'forward: note'],
      ['target: appraise', 'target: note'],
    );
    const drawn = toMermaid(fixtureProcedure(text));
    expect(drawn).toContain('state "2. Thẩm định #quot;hồ sơ#quot;<br/>');
    expect(drawn).toContain('  receive --> S_note: forward\n');
  });
});
