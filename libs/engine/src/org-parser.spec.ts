import { formatSourceError } from '@motcua/source';
import { edit, ORG_TEXT } from './__fixtures__/fixtures';
import { agencyIdOf } from './org-lookup';
import { parseOrg } from './org-parser';

const errorsAfter = (...replacements: Array<[string, string]>): string[] =>
  parseOrg(edit(ORG_TEXT, ...replacements), 'org.yaml', 'en').errors.map(formatSourceError);

describe('parseOrg', () => {
  it('reads the center, roles, units and users', () => {
    const { org, errors } = parseOrg(ORG_TEXT, 'org.yaml', 'en');
    expect(errors).toEqual([]);
    expect(org?.center).toEqual({
      name: 'Trung tâm Phục vụ hành chính công xã Mẫu',
      cutoff: '15:00',
      workingHours: [
        { from: '07:30', to: '11:30' },
        { from: '13:00', to: '17:00' },
      ],
      supplementWait: { limit: { amount: 30, unit: 'day' }, onExpiry: 'flag' },
    });
    expect(org?.units.map((u) => [u.id, u.parent, u.roles, u.line])).toEqual([
      ['ubnd-xa', undefined, ['leader'], 9],
      ['one-stop', 'ubnd-xa', ['reception', 'head'], 14],
      ['tu-phap', 'ubnd-xa', ['officer'], 19],
    ]);
    expect(org?.users[0]).toEqual({
      username: 'letan.xa',
      fullName: 'Nguyễn Thị Lan',
      title: 'Công chức Văn phòng - Thống kê',
      unit: 'one-stop',
      roles: ['reception'],
      line: 25,
    });
  });

  it('defaults the cut-off to 15:00, and reads null as no cut-off', () => {
    expect(parseOrg(edit(ORG_TEXT, ["  cutoff: '15:00'\n", '']), 'org.yaml', 'en').org?.center.cutoff).toBe(
      '15:00',
    );
    expect(
      parseOrg(edit(ORG_TEXT, ["cutoff: '15:00'", 'cutoff: null']), 'org.yaml', 'en').org?.center.cutoff,
    ).toBeNull();
  });

  it("reads the transfer clock rule: absent keeps the clock's start, restart restarts it, nothing else", () => {
    expect(parseOrg(ORG_TEXT, 'org.yaml').org?.center.transferClock).toBeUndefined();
    const restart = edit(ORG_TEXT, ["cutoff: '15:00'", "cutoff: '15:00'\n  transferClock: restart"]);
    expect(parseOrg(restart, 'org.yaml').org?.center.transferClock).toBe('restart');
    expect(errorsAfter(["cutoff: '15:00'", "cutoff: '15:00'\n  transferClock: later"]).join('\n')).toMatch(
      /transferClock/,
    );
  });

  it("inherits a unit's agency id from its nearest ancestor", () => {
    const { org } = parseOrg(ORG_TEXT, 'org.yaml', 'en');
    expect(agencyIdOf(org!, 'one-stop')).toBe('000.21.31.H62');
    expect(agencyIdOf(org!, 'nowhere')).toBeUndefined();
  });

  describe('reports', () => {
    it('YAML errors', () => {
      expect(errorsAfter(["name: 'UBND xã Mẫu'", "name: 'UBND xã Mẫu'\n    name: 'UBND'"])).toEqual([
        'org.yaml:11: YAML: Map keys must be unique',
      ]);
    });

    it('a missing or misspelt field', () => {
      expect(errorsAfter(["    fullName: 'Trần Văn Minh'", "    fullname: 'Trần Văn Minh'"])).toEqual([
        "org.yaml:30: users[1]: missing required field 'fullName'",
        "org.yaml:31: users[1]: unknown field 'fullname' (did you mean 'fullName'?)",
      ]);
    });

    it('a malformed agency id', () => {
      expect(errorsAfter(["agencyId: '000.21.31.H62'", "agencyId: 'H62.21.31'"])).toEqual([
        'org.yaml:11: units[0].agencyId: must look like ddd.dd.dd.Xdd (e.g. 000.21.31.H62)',
      ]);
    });

    it('an unknown level', () => {
      expect(errorsAfter(['    level: commune\n    parent', '    level: district\n    parent'])).toEqual([
        'org.yaml:16: units[1].level: must be one of "province", "commune", "ministry"',
      ]);
    });

    it('a duplicate unit id', () => {
      expect(errorsAfter(['  - id: tu-phap', '  - id: one-stop'])).toEqual([
        "org.yaml:19: unit id 'one-stop' is defined twice (first on line 14)",
        "org.yaml:33: user 'hotich.xa' unit 'tu-phap' is not a unit",
      ]);
    });

    it('a duplicate username', () => {
      expect(errorsAfter(['username: hotich.xa', 'username: letan.xa'])).toEqual([
        "org.yaml:30: username 'letan.xa' is defined twice (first on line 25)",
      ]);
    });

    it('a parent that is not a unit', () => {
      expect(
        errorsAfter(['    parent: ubnd-xa\n    roles: [officer]', '    parent: ubnd\n    roles: [officer]']),
      ).toEqual(["org.yaml:22: unit 'tu-phap' parent 'ubnd' is not a unit"]);
    });

    it('a unit that is its own ancestor', () => {
      expect(
        errorsAfter(['    roles: [leader]\n  - id', '    parent: tu-phap\n    roles: [leader]\n  - id']),
      ).toEqual([
        "org.yaml:13: unit 'ubnd-xa' is its own ancestor (ubnd-xa → tu-phap → ubnd-xa)",
        "org.yaml:23: unit 'tu-phap' is its own ancestor (tu-phap → ubnd-xa → tu-phap)",
      ]);
    });

    it('a unit role that is not declared', () => {
      expect(errorsAfter(['roles: [reception, head]', 'roles: [reception, heads]'])).toEqual([
        "org.yaml:18: unit 'one-stop' role 'heads' is not declared in roles (did you mean 'head'?)",
      ]);
    });

    it("a user role the user's unit does not staff", () => {
      expect(
        errorsAfter([
          '    unit: one-stop\n    roles: [reception]',
          '    unit: one-stop\n    roles: [reception, leader]',
        ]),
      ).toEqual([
        "org.yaml:29: user 'letan.xa' role 'leader' is not staffed by unit 'one-stop' (it staffs: reception, head)",
      ]);
    });

    it('a role declared twice', () => {
      expect(errorsAfter(['supervisor]', 'supervisor, head]'])).toEqual([
        "org.yaml:7: role 'head' is declared twice (first on line 7)",
      ]);
    });

    it('working hours out of order', () => {
      expect(errorsAfter(["{ from: '13:00', to: '17:00' }", "{ from: '11:00', to: '10:00' }"])).toEqual([
        'org.yaml:6: center.workingHours[1].to: shift ends (10:00) before it starts (11:00)',
      ]);
      expect(errorsAfter(["{ from: '13:00', to: '17:00' }", "{ from: '11:00', to: '17:00' }"])).toEqual([
        'org.yaml:6: center.workingHours[1].from: shift starts (11:00) before the previous one ends',
      ]);
    });
  });
});
