import type { Messages, SpanUnit } from './message-catalog';

const WORDS: Record<SpanUnit, string> = {
  working_hour: 'working hour',
  working_day: 'working day',
  day: 'day',
  month: 'month',
  minute: 'minute',
};

const NAME_RULE = 'lower case letters, digits and _, starting with a letter';

export const en: Messages = {
  didYouMean: (candidate) => ` (did you mean '${candidate}'?)`,
  known: (names) => ` (known: ${names.join(', ') || 'none'})`,
  span: (amount, unit) => `${amount} ${WORDS[unit]}${amount === 1 ? '' : 's'}`,
  atMost: (limit, working) => `${limit} (at most ${working})`,
  step: ({ n, id }) => (id ? `step ${n} (${id})` : `step ${n}`),

  yaml: (detail) => `YAML: ${detail}`,
  tabIndent: () => 'indented with a tab: YAML allows only spaces for indentation; indent with spaces',
  unknownField: (where, key, hint) => `${where}: unknown field '${key}'${hint}`,
  missingField: (where, key) => `${where}: missing required field '${key}'`,
  oneOf: (where, values) => `${where}: must be one of ${values}`,
  rule: (where, rule) => `${where}: ${rule}`,
  decimalComma: (where, text) =>
    `${where}: ${text} is not a number: YAML has no decimal comma; write it with a dot: ${text.replace(',', '.')}`,
  schema: (where, _keyword, _params, fallback) => `${where}: ${fallback}`,
  rules: {
    code: 'must look like d.dddddd (e.g. 2.000908)',
    localCode:
      'must be the national code followed by .000.00.00 and the province code (e.g. 2.000488.000.00.00.H38)',
    fieldCode: "must be the field's catalog code (MaLinhVuc): capitals, digits, '_', '.', '-' (e.g. HO_TICH)",
    name: `must be ${NAME_RULE} (e.g. send_back)`,
    unitId: 'must be lower case letters, digits and -, starting with a letter (e.g. one-stop)',
    roleName: 'must be lower case letters, digits and _, starting with a letter (e.g. reception)',
    clockTime: 'must be a time of day HH:MM (e.g. 15:00)',
    agencyId: 'must look like ddd.dd.dd.Xdd (e.g. 000.21.31.H62)',
    username: 'must be lower case letters, digits and . _ -, starting with a letter (e.g. letan.xa)',
    instant: "must be an instant with its offset, in quotes (e.g. '2027-01-01T00:00:00+07:00')",
  },

  codeAsNumber: (value) =>
    `code: write the code in quotes (e.g. "2.000908"), or YAML reads ${value} as a number`,
  unknownAgency: (agency, orgFile, hint) => `agency '${agency}' is not a unit in ${orgFile}${hint}`,
  unknownDecider: (role, orgFile, hint) => `deciders: role '${role}' is not a role in ${orgFile}${hint}`,
  deadlineNotWhole: (limit, unit) => `deadline ${limit} must be a whole number of ${unit}s`,
  deadlineNotMinutes: (limit) => `deadline ${limit} is not a whole number of minutes`,
  stepIdTwice: (step, firstLine) =>
    `${en.step(step)}: id '${step.id}' is defined twice (first on line ${firstLine})`,
  stepIdReserved: (step) =>
    `${en.step(step)}: id '${step.id}' is reserved for the terminal state '${step.id}'`,
  unknownOwnerUnit: (step, unit, orgFile, hint) =>
    `${en.step(step)} owner unit '${unit}' is not in ${orgFile}${hint}`,
  ownerRoleNotStaffed: (step, role, unit, staffed, hint) =>
    `${en.step(step)} owner role '${role}' is not staffed by unit '${unit}'${hint} (it staffs: ${staffed.join(', ') || 'no role'})`,
  durationNotMinutes: (step, duration) =>
    `${en.step(step)} duration ${duration} is not a whole number of minutes`,
  durationNotWhole: (step, duration, unit) =>
    `${en.step(step)} duration ${duration} must be a whole number of ${unit}s`,
  durationUnit: (step, unit, limitUnit) =>
    `${en.step(step)} duration in ${unit}s needs a statutory limit in ${unit}s (the deadline is in ${WORDS[limitUnit as SpanUnit] ?? limitUnit}s); use working_hour or working_day`,
  actionName: (step, event) => `${en.step(step)} action '${event}' must be named with ${NAME_RULE}`,
  actionBuiltin: (step, event) =>
    `${en.step(step)} action '${event}' clashes with the built-in event '${event}'`,
  targetBuiltin: (step, event, target, via) =>
    `${en.step(step)} action '${event}' targets '${target}', which only the built-in event '${via}' reaches`,
  targetUnknown: (step, event, target, hint) =>
    `${en.step(step)} action '${event}' targets unknown step '${target}'${hint}`,
  actionReserved: (step, event) =>
    `${en.step(step)} action '${event}' is the name of a dossier event the service records itself; choose another name`,
  targetOutsideBranch: (step, event, target, branch, hint) =>
    `${en.step(step)} action '${event}' targets '${target}', which is not a step of its branch '${branch}'${hint} (a branch's steps lead to one another or to 'joined')`,
  targetJoined: (step, event) =>
    `${en.step(step)} action '${event}' targets 'joined', which only a step of a branch may target`,
  joinedReserved: (step) => `${en.step(step)}: step id 'joined' is reserved for the end of a branch`,
  forkFirst: (step) => `${en.step(step)}: the first step cannot fork; reception holds it`,
  forkOwnField: (step, key) => `${en.step(step)} forks into branches, so it has no ${key} of its own`,
  branchIdTwice: (branch, otherStep) =>
    `branch id '${branch}' is used twice (also in step '${otherStep}'); branch ids are unique in the file`,
  joinUnknown: (step, branch, hint) => `${en.step(step)} join names unknown branch '${branch}'${hint}`,
  nextNotOutside: (step, next, hint) =>
    `${en.step(step)} next '${next}' is not a step outside the branches${hint}`,
  extensionFirst: (step, extension) =>
    `${en.step(step)} extendsLimit ${extension}: the first step is taken by every dossier; raise the deadline instead of extending it`,
  extensionFamily: (step, extension, limit, units) =>
    `${en.step(step)} extendsLimit ${extension} is not counted like the statutory ${limit}: use ${units.join(' or ')}`,
  extensionNotMinutes: (step, extension) =>
    `${en.step(step)} extendsLimit ${extension} is not a whole number of minutes`,
  extensionNotWhole: (step, extension, unit) =>
    `${en.step(step)} extendsLimit ${extension} must be a whole number of ${unit}s`,
  unknownGuard: (step, event, guard, hint) =>
    `${en.step(step)} action '${event}' uses unknown guard '${guard}'${hint}`,
  unknownAction: (step, event, action, hint) =>
    `${en.step(step)} action '${event}' uses unknown action '${action}'${hint}`,
  feeThousands: (index, text, loaded, meant) =>
    `fees[${index}].amount ${text} would load as ${loaded ?? `the text '${text}'`}, ` +
    `not ${meant}: YAML has no thousands separator; write ${meant} if ${meant} đồng is meant`,
  paymentWithoutFees: (timing) =>
    `payment: ${timing}: the procedure charges no fee (fees empty or zero); drop payment or list the fees`,
  unreachable: (step, first) => `${en.step(step)} is unreachable from the first step '${first.id}'`,
  cannotReachDone: (step) => `${en.step(step)} cannot reach 'done' through the file's actions`,
  tooManyPaths: () => "too many paths from the first step to 'done' to check the deadline",
  pathTooLong: (path, took, limit) =>
    `the longest path ${path} takes ${took}, more than the statutory ${limit}`,
  pathExtended: (extension) => ` extended by ${extension} on this path (extendsLimit)`,
  duplicateVersion: (code, version, otherFile) =>
    `procedure ${code} version ${version} is already defined in ${otherFile}`,
  localCodeMismatch: (localCode, code) =>
    `localCode: ${localCode} is not a local code of procedure ${code}: it must start with ${code}.`,
  effectiveTwice: (code, at, version, otherFile) =>
    `effectiveFrom: procedure ${code} version ${version} (${otherFile}) already takes effect at ${at}`,
  effectiveOrder: (code, version, at, lower, lowerAt) =>
    `effectiveFrom: procedure ${code} version ${version} takes effect at ${at}, before version ${lower} (${lowerAt}); a higher version must take effect later`,
  changedContent: (code, version) =>
    `procedure ${code} already has a version ${version} with different content; raise version`,

  cannotRead: (detail) => `cannot read: ${detail}`,
  folderNotFound: () => 'folder not found',
  noProcedureFiles: () => 'no procedure files',

  notADate: (where, date) => `${where}: '${date}' is not a date yyyy-mm-dd`,
  notInYear: (where, date, year) => `${where}: ${date} is not in ${year}`,
  dayOffEnds: (i, to, from) => `daysOff[${i}]: ends (${to}) before it starts (${from})`,
  dayOffTwice: (i, date, other) => `daysOff[${i}]: ${date} is already off by daysOff[${other}]`,
  dayOffBoth: (i) => `daysOff[${i}]: give either date, or from and to, not both`,
  dayOffNeeds: (i) => `daysOff[${i}]: needs a date, or both from and to`,
  workingAndOff: (where, date, off) => `${where}: ${date} is both a working day and off by daysOff[${off}]`,
  listedTwice: (where, date) => `${where}: ${date} is listed twice`,
  weekdayAlready: (where, date) => `${where}: ${date} is a weekday, a working day already`,
  needsShift: () => 'workingHours: needs at least one shift',
  notATime: (value) => `'${value}' is not a time HH:MM`,
  shiftEnds: (to, from) => `shift ends (${to}) before it starts (${from})`,
  shiftOverlap: (from) => `shift starts (${from}) before the previous one ends`,
  yearFileName: (year, name) => `year: ${year} does not match the file name ${name}`,

  checkOk: (code, version, name, level, steps, limit) =>
    `ok  ${code} v${version}  ${name} (${level}, ${steps} steps, ${limit})`,
  checkEffective: (at) => ` takes effect at ${at}`,
  checkSummary: (procedures, units, users) =>
    `${procedures} procedures, ${units} units, ${users} users: all valid`,
  errorCount: (count) => `${count} error${count === 1 ? '' : 's'}`,
  warning: (text) => `warning: ${text}`,

  roleTwice: (role, line) => `role '${role}' is declared twice (first on line ${line})`,
  unitIdTwice: (id, line) => `unit id '${id}' is defined twice (first on line ${line})`,
  usernameTwice: (name, line) => `username '${name}' is defined twice (first on line ${line})`,
  unitParentUnknown: (id, parent, hint) => `unit '${id}' parent '${parent}' is not a unit${hint}`,
  unitOwnAncestor: (id, chain) => `unit '${id}' is its own ancestor (${chain})`,
  unitRoleUndeclared: (id, role, hint) => `unit '${id}' role '${role}' is not declared in roles${hint}`,
  userUnitUnknown: (name, unit, hint) => `user '${name}' unit '${unit}' is not a unit${hint}`,
  userRoleNotStaffed: (name, role, unit, staffed, hint) =>
    `user '${name}' role '${role}' is not staffed by unit '${unit}'${hint} (it staffs: ${staffed.join(', ') || 'no role'})`,
};
