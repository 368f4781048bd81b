import { edit, fixtureProcedure, PROCEDURE_TEXT } from './__fixtures__/fixtures';
import { toMermaid } from './procedure-diagram';

describe('toMermaid', () => {
  const def = fixtureProcedure();
  const diagram = toMermaid(def);

  it('draws a state diagram titled with the code, version, name and deadline', () => {
    const lines = diagram.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '---',
      'title: "2.000908 v1 · Cấp bản sao trích lục hộ tịch · 1 working day"',
    ]);
    expect(lines.slice(lines.indexOf('---', 1), lines.indexOf('---', 1) + 2)).toEqual([
      '---',
      'stateDiagram-v2',
    ]);
  });

  it('spaces states and ranks apart, so that transition labels do not overlap', () => {
    expect(diagram).toContain('config:\n  state:\n    nodeSpacing: 70\n    rankSpacing: 80\n');
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
      '  state "any step<br/>request_supplement ⇄ supplement_received (at most 1) · extend (at most 1)" as ANY_STEP\n',
    );
    expect(diagram).not.toContain('ANY_STEP --> ANY_STEP');
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

describe('toMermaid in Vietnamese', () => {
  const def = fixtureProcedure();
  const units: Record<string, string> = { 'one-stop': 'Bộ phận Một cửa xã' };
  const diagram = toMermaid(def, { lang: 'vi', unitName: (id) => units[id] ?? id });

  it('says the limit and the durations in Vietnamese, and names the units', () => {
    expect(diagram).toContain('title: "2.000908 v1 · Cấp bản sao trích lục hộ tịch · 1 ngày làm việc"');
    expect(diagram).toContain(
      '  state "4. Trả kết quả (có kết quả)<br/>Bộ phận Một cửa xã · Tiếp nhận và trả kết quả · 1 giờ làm việc" as release\n',
    );
    expect(diagram).not.toMatch(/working|result ready|one-stop · reception/);
  });

  it('names the transitions as the console’s buttons, guards in words and no engine actions', () => {
    expect(diagram).toContain('  receive --> appraise: Chuyển xử lý\n');
    expect(diagram).toContain('  sign --> release: Phê duyệt [đã nộp phí]\n');
    expect(diagram).toContain('  sign --> appraise: Trả lại bước trước [có lý do]\n');
    expect(diagram).not.toContain('recordFeesPaid');
  });

  it('names the built-in events and the end states', () => {
    expect(diagram).toContain(
      '  state "Mọi bước<br/>Yêu cầu bổ sung ⇄ Nhận bổ sung (tối đa 1 lần) · Xin lỗi và gia hạn (tối đa 1 lần)" as ANY_STEP\n',
    );
    expect(diagram).toContain('  ANY_STEP --> refused: Từ chối\n');
    expect(diagram).toContain('  state "Hoàn thành" as done\n');
  });
});
