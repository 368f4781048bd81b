import { formatSourceError } from '@motcua/source';
import { edit, fixtureContext, PROCEDURE_TEXT, procedureErrors } from './__fixtures__/fixtures';
import { loadProcedures } from './procedure-loader';
import { parseProcedure } from './procedure-parser';

const vi = (text: string) => procedureErrors(text, 'p.yaml', 'vi');
const en = (text: string) => procedureErrors(text, 'p.yaml', 'en');

describe('procedure file messages', () => {
  it('are in Vietnamese unless English is asked for, in the file:line: message shape', () => {
    const text = edit(PROCEDURE_TEXT, ['approve: { target: release', 'approve: { target: relese']);
    expect(vi(text)).toEqual([
      "p.yaml:31: bước 3 (sign): thao tác 'approve' chuyển đến bước 'relese' không tồn tại (có phải ý bạn là 'release'?)",
    ]);
    expect(en(text)).toEqual([
      "p.yaml:31: step 3 (sign) action 'approve' targets unknown step 'relese' (did you mean 'release'?)",
    ]);
    // A context without a language speaks Vietnamese.
    const { lang: _, ...ctx } = fixtureContext();
    expect(parseProcedure(text, 'p.yaml', ctx).errors.map(formatSourceError)).toEqual(vi(text));
  });

  it('name steps by their number in the ISO table, from 1, in schema errors too', () => {
    const text = edit(PROCEDURE_TEXT, ["    name: 'Thẩm định'\n", '']);
    expect(vi(text)).toEqual(["p.yaml:20: bước 2 (appraise): thiếu trường bắt buộc 'name'"]);
    expect(en(text)).toEqual(["p.yaml:20: step 2 (appraise): missing required field 'name'"]);
  });

  it('suggest the unit id and the role meant', () => {
    expect(vi(edit(PROCEDURE_TEXT, ['unit: tu-phap,', 'unit: tuphap,']))).toEqual([
      "p.yaml:22: bước 2 (appraise): đơn vị xử lý 'tuphap' không có trong workflows/org.yaml (có phải ý bạn là 'tu-phap'?)",
    ]);
    expect(en(edit(PROCEDURE_TEXT, ['role: officer', 'role: oficer']))).toEqual([
      "p.yaml:22: step 2 (appraise) owner role 'oficer' is not staffed by unit 'tu-phap' (did you mean 'officer'?) (it staffs: officer)",
    ]);
    // A role of the organization that the unit does not staff is not suggested back.
    expect(vi(edit(PROCEDURE_TEXT, ['unit: ubnd-xa, role: leader', 'unit: ubnd-xa, role: head']))).toEqual([
      "p.yaml:28: bước 3 (sign): đơn vị 'ubnd-xa' không có vai trò 'head' (đơn vị có: leader)",
    ]);
    expect(vi(edit(PROCEDURE_TEXT, ['agency: ubnd-xa', 'agency: ubnd-x']))).toEqual([
      "p.yaml:6: agency: 'ubnd-x' không phải là đơn vị trong workflows/org.yaml (có phải ý bạn là 'ubnd-xa'?)",
    ]);
  });

  it('suggest the field meant for a misspelt one', () => {
    expect(vi(edit(PROCEDURE_TEXT, ['online: partial', 'onlien: partial']))).toEqual([
      "p.yaml:1: file: thiếu trường bắt buộc 'online'",
      "p.yaml:8: file: không có trường 'onlien' (có phải ý bạn là 'online'?)",
    ]);
  });

  it('explain a decimal comma, which YAML reads as text', () => {
    const text = edit(PROCEDURE_TEXT, [
      'duration: { amount: 3, unit: working_hour }',
      'duration: { amount: 1,5, unit: working_hour }',
    ]);
    // In a flow map `1,5` would split the map: the author writes it in a block.
    expect(vi(text)[0]).toMatch(/^p\.yaml:23: /);
    const block = edit(PROCEDURE_TEXT, [
      'duration: { amount: 3, unit: working_hour }',
      'duration:\n      amount: 1,5\n      unit: working_hour',
    ]);
    expect(vi(block)).toEqual([
      'p.yaml:24: bước 2 (appraise).duration.amount: 1,5 không phải là số: YAML không dùng dấu phẩy thập phân; dùng dấu chấm: 1.5',
    ]);
    expect(en(block)).toEqual([
      'p.yaml:24: step 2 (appraise).duration.amount: 1,5 is not a number: YAML has no decimal comma; write it with a dot: 1.5',
    ]);
    expect(
      vi(
        edit(PROCEDURE_TEXT, [
          'deadline: { amount: 1, unit: working_day }',
          'deadline:\n  amount: 0,5\n  unit: working_day',
        ]),
      ),
    ).toContain(
      'p.yaml:8: deadline.amount: 0,5 không phải là số: YAML không dùng dấu phẩy thập phân; dùng dấu chấm: 0.5',
    );
  });

  it('say that YAML forbids tabs in indentation, with the line, instead of the parser error', () => {
    const text = edit(PROCEDURE_TEXT, ["    name: 'Thẩm định'", "\tname: 'Thẩm định'"]);
    expect(vi(text)).toEqual([
      'p.yaml:21: dòng này thụt lề bằng ký tự tab: YAML không cho phép tab khi thụt lề; hãy thụt lề bằng dấu cách',
    ]);
    expect(en(text)).toEqual([
      'p.yaml:21: indented with a tab: YAML allows only spaces for indentation; indent with spaces',
    ]);
  });

  it('cover the field code (MaLinhVuc)', () => {
    expect(vi(edit(PROCEDURE_TEXT, ["fieldCode: 'HO_TICH'", "fieldCode: 'ho tich'"]))).toEqual([
      "p.yaml:41: fieldCode: phải là mã lĩnh vực (MaLinhVuc): chữ in hoa, chữ số, '_', '.', '-' (ví dụ HO_TICH)",
    ]);
    expect(vi(edit(PROCEDURE_TEXT, ["fieldCode: 'HO_TICH'\n", '']))).toEqual([
      "p.yaml:1: file: thiếu trường bắt buộc 'fieldCode'",
    ]);
  });
});

describe('step durations in calendar days or months', () => {
  const days = (limit: string, ...durations: string[]) =>
    durations.reduce(
      (text, d, i) =>
        text.replace(
          [
            'duration: { amount: 2, unit: working_hour }\n    actions:\n      forward',
            'duration: { amount: 3, unit: working_hour }',
            'duration: { amount: 2, unit: working_hour }\n    actions:\n      approve',
            'duration: { amount: 1, unit: working_hour }',
          ][i],
          (m) => m.replace(/\{ amount: \d, unit: working_hour \}/, d),
        ),
      edit(PROCEDURE_TEXT, ['deadline: { amount: 1, unit: working_day }', `deadline: ${limit}`]),
    );

  it('are allowed under a limit in the same unit, and add up in it', () => {
    const text = days(
      '{ amount: 15, unit: day }',
      '{ amount: 1, unit: day }',
      '{ amount: 10, unit: day }',
      '{ amount: 3, unit: day }',
      '{ amount: 1, unit: day }',
    );
    const { procedure, errors } = parseProcedure(text, 'p.yaml', fixtureContext());
    expect(errors).toEqual([]);
    expect(procedure!.steps[1].duration).toEqual({ amount: 10, unit: 'day' });
  });

  it('over the limit are reported in days', () => {
    const text = days('{ amount: 10, unit: day }', '{ amount: 1, unit: day }', '{ amount: 10, unit: day }');
    expect(vi(text)).toEqual([
      'p.yaml:7: đường đi dài nhất receive → appraise → sign → release → done mất 11 ngày 3 giờ làm việc, vượt thời hạn giải quyết 10 ngày',
    ]);
    expect(en(text)).toEqual([
      'p.yaml:7: the longest path receive → appraise → sign → release → done takes 11 days 3 working hours, more than the statutory 10 days',
    ]);
  });

  it('need a limit in the same unit, and whole days or months', () => {
    expect(en(days('{ amount: 1, unit: working_day }', '{ amount: 1, unit: day }'))).toEqual([
      'p.yaml:17: step 1 (receive) duration in days needs a statutory limit in days (the deadline is in working days); use working_hour or working_day',
    ]);
    expect(vi(days('{ amount: 2, unit: month }', '{ amount: 1, unit: day }'))[0]).toMatch(
      /^p\.yaml:17: bước 1 \(receive\): thời gian tính bằng ngày chỉ dùng được khi thời hạn giải quyết cũng tính bằng ngày/,
    );
    expect(vi(days('{ amount: 2, unit: month }', '{ amount: 0.5, unit: month }'))).toEqual([
      'p.yaml:17: bước 1 (receive): thời gian 0.5 tháng phải là một số nguyên tháng',
    ]);
  });
});

describe('localCode', () => {
  const withLocal = (code: string) =>
    edit(PROCEDURE_TEXT, ['version: 1', `version: 1\nlocalCode: '${code}'`]);

  it('is the national code, .000.00.00 and the province code', () => {
    const { procedure } = parseProcedure(withLocal('2.000908.000.00.00.H38'), 'p.yaml', fixtureContext());
    expect(procedure!.localCode).toBe('2.000908.000.00.00.H38');
  });

  it('is refused in another shape, or for another procedure', () => {
    expect(vi(withLocal('2.000908.H38'))).toEqual([
      'p.yaml:3: localCode: phải là mã thủ tục quốc gia, tiếp theo .000.00.00 và mã tỉnh (ví dụ 2.000488.000.00.00.H38)',
    ]);
    expect(en(withLocal('2.000488.000.00.00.H38'))).toEqual([
      'p.yaml:3: localCode: 2.000488.000.00.00.H38 is not a local code of procedure 2.000908: it must start with 2.000908.',
    ]);
  });
});

describe('effectiveFrom', () => {
  const version = (n: number, at?: string) =>
    edit(PROCEDURE_TEXT, ['version: 1', `version: ${n}${at ? `\neffectiveFrom: '${at}'` : ''}`]);
  const load = (...texts: string[]) =>
    loadProcedures(
      texts.map((text, i) => ({ file: `v${i + 1}.yaml`, text })),
      fixtureContext('vi'),
    );

  it('lets a higher version take effect later than a lower one', () => {
    const { procedures, errors } = load(
      version(1),
      version(2, '2027-01-01T00:00:00+07:00'),
      version(3, '2027-07-01T00:00:00+07:00'),
    );
    expect(errors).toEqual([]);
    expect(procedures.map((p) => p.effectiveFrom)).toEqual([
      undefined,
      '2027-01-01T00:00:00+07:00',
      '2027-07-01T00:00:00+07:00',
    ]);
  });

  it('refuses two versions taking effect at the same instant, however written', () => {
    const { procedures, errors } = load(
      version(1, '2027-01-01T00:00:00+07:00'),
      version(2, '2026-12-31T17:00:00Z'),
    );
    expect(errors.map(formatSourceError)).toEqual([
      'v2.yaml:3: effectiveFrom: thủ tục 2.000908 phiên bản 1 (v1.yaml) cũng có hiệu lực từ 2026-12-31T17:00:00Z',
    ]);
    expect(procedures.map((p) => p.version)).toEqual([1]);
  });

  it('refuses a higher version taking effect before a lower one', () => {
    const { errors } = load(version(1, '2027-07-01T00:00:00+07:00'), version(2, '2027-01-01T00:00:00+07:00'));
    expect(errors.map(formatSourceError)).toEqual([
      'v2.yaml:3: effectiveFrom: thủ tục 2.000908 phiên bản 2 có hiệu lực từ 2027-01-01T00:00:00+07:00, sớm hơn phiên bản 1 (2027-07-01T00:00:00+07:00); phiên bản cao hơn phải có hiệu lực muộn hơn',
    ]);
  });

  it('must be an instant with its offset', () => {
    expect(en(version(2, '2027-01-01'))).toEqual([
      "p.yaml:3: effectiveFrom: must be an instant with its offset, in quotes (e.g. '2027-01-01T00:00:00+07:00')",
    ]);
  });
});
