import type { Messages, SpanUnit } from './message-catalog';

const WORDS: Record<SpanUnit, string> = {
  working_hour: 'giờ làm việc',
  working_day: 'ngày làm việc',
  day: 'ngày',
  month: 'tháng',
  minute: 'phút',
};

const TYPES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'một nhóm trường (key: value)',
  array: 'một danh sách',
  null: 'null',
};

const typeNames = (type: unknown): string =>
  String(type)
    .split(',')
    .map((t) => TYPES[t] ?? t)
    .join(' hoặc ');

const NAME_RULE = 'chữ thường, chữ số và _, bắt đầu bằng một chữ cái';

function schema(keyword: string, params: Record<string, unknown>, fallback: string): string {
  const limit = String(params.limit);
  switch (keyword) {
    case 'type':
      return `phải là ${typeNames(params.type)}`;
    case 'minimum':
      return `phải lớn hơn hoặc bằng ${limit}`;
    case 'maximum':
      return `phải nhỏ hơn hoặc bằng ${limit}`;
    case 'exclusiveMinimum':
      return `phải lớn hơn ${limit}`;
    case 'exclusiveMaximum':
      return `phải nhỏ hơn ${limit}`;
    case 'minItems':
      return `phải có ít nhất ${limit} mục`;
    case 'maxItems':
      return `có nhiều nhất ${limit} mục`;
    case 'minLength':
      return params.limit === 1 ? 'không được để trống' : `phải dài ít nhất ${limit} ký tự`;
    case 'uniqueItems':
      return `không được lặp lại (mục ${String(params.j)} và ${String(params.i)} giống nhau)`;
    default:
      return `không hợp lệ (${fallback})`;
  }
}

export const vi: Messages = {
  didYouMean: (candidate) => ` (có phải ý bạn là '${candidate}'?)`,
  known: (names) => ` (các tên có sẵn: ${names.join(', ') || 'không có'})`,
  span: (amount, unit) => `${amount} ${WORDS[unit]}`,
  atMost: (limit, working) => `${limit} (tối đa ${working})`,
  step: ({ n, id }) => (id ? `bước ${n} (${id})` : `bước ${n}`),

  yaml: (detail) => `lỗi cú pháp YAML: ${detail}`,
  tabIndent: () =>
    'dòng này thụt lề bằng ký tự tab: YAML không cho phép tab khi thụt lề; hãy thụt lề bằng dấu cách',
  unknownField: (where, key, hint) => `${where}: không có trường '${key}'${hint}`,
  missingField: (where, key) => `${where}: thiếu trường bắt buộc '${key}'`,
  oneOf: (where, values) => `${where}: phải là một trong ${values}`,
  rule: (where, rule) => `${where}: ${rule}`,
  decimalComma: (where, text) =>
    `${where}: ${text} không phải là số: YAML không dùng dấu phẩy thập phân; dùng dấu chấm: ${text.replace(',', '.')}`,
  schema: (where, keyword, params, fallback) => `${where}: ${schema(keyword, params, fallback)}`,
  rules: {
    code: 'phải có dạng d.dddddd (ví dụ 2.000908)',
    localCode: 'phải là mã thủ tục quốc gia, tiếp theo .000.00.00 và mã tỉnh (ví dụ 2.000488.000.00.00.H38)',
    fieldCode: "phải là mã lĩnh vực (MaLinhVuc): chữ in hoa, chữ số, '_', '.', '-' (ví dụ HO_TICH)",
    name: `phải gồm ${NAME_RULE} (ví dụ send_back)`,
    unitId: 'phải gồm chữ thường, chữ số và -, bắt đầu bằng một chữ cái (ví dụ one-stop)',
    roleName: `phải gồm ${NAME_RULE} (ví dụ reception)`,
    clockTime: 'phải là giờ trong ngày dạng HH:MM (ví dụ 15:00)',
    agencyId: 'phải có dạng ddd.dd.dd.Xdd (ví dụ 000.21.31.H62)',
    username: 'phải gồm chữ thường, chữ số và . _ -, bắt đầu bằng một chữ cái (ví dụ letan.xa)',
    instant: "phải là một thời điểm kèm múi giờ, đặt trong dấu nháy (ví dụ '2027-01-01T00:00:00+07:00')",
  },

  codeAsNumber: (value) =>
    `code: hãy đặt mã trong dấu nháy (ví dụ "2.000908"), nếu không YAML đọc ${value} thành một số`,
  unknownAgency: (agency, orgFile, hint) =>
    `agency: '${agency}' không phải là đơn vị trong ${orgFile}${hint}`,
  unknownDecider: (role, orgFile, hint) =>
    `deciders: '${role}' không phải là vai trò trong ${orgFile}${hint}`,
  deadlineNotWhole: (limit, unit) => `thời hạn ${limit} phải là một số nguyên ${WORDS[unit]}`,
  deadlineNotMinutes: (limit) => `thời hạn ${limit} không tròn số phút`,
  stepIdTwice: (step, firstLine) =>
    `${vi.step(step)}: mã bước '${step.id}' bị khai báo hai lần (lần đầu ở dòng ${firstLine})`,
  stepIdReserved: (step) =>
    `${vi.step(step)}: mã bước '${step.id}' trùng tên trạng thái kết thúc '${step.id}', hãy đặt tên khác`,
  unknownOwnerUnit: (step, unit, orgFile, hint) =>
    `${vi.step(step)}: đơn vị xử lý '${unit}' không có trong ${orgFile}${hint}`,
  ownerRoleNotStaffed: (step, role, unit, staffed, hint) =>
    `${vi.step(step)}: đơn vị '${unit}' không có vai trò '${role}'${hint} (đơn vị có: ${staffed.join(', ') || 'không vai trò nào'})`,
  durationNotMinutes: (step, duration) => `${vi.step(step)}: thời gian ${duration} không tròn số phút`,
  durationNotWhole: (step, duration, unit) =>
    `${vi.step(step)}: thời gian ${duration} phải là một số nguyên ${WORDS[unit]}`,
  durationUnit: (step, unit, limitUnit) =>
    `${vi.step(step)}: thời gian tính bằng ${WORDS[unit]} chỉ dùng được khi thời hạn giải quyết cũng tính bằng ${WORDS[unit]} (thời hạn đang tính bằng ${WORDS[limitUnit as SpanUnit] ?? limitUnit}); hãy dùng working_hour hoặc working_day`,
  actionName: (step, event) => `${vi.step(step)}: tên thao tác '${event}' phải gồm ${NAME_RULE}`,
  actionBuiltin: (step, event) =>
    `${vi.step(step)}: thao tác '${event}' trùng tên sự kiện có sẵn '${event}' của hệ thống`,
  targetBuiltin: (step, event, target, via) =>
    `${vi.step(step)}: thao tác '${event}' chuyển đến '${target}', trạng thái chỉ sự kiện có sẵn '${via}' mới chuyển đến được`,
  targetUnknown: (step, event, target, hint) =>
    `${vi.step(step)}: thao tác '${event}' chuyển đến bước '${target}' không tồn tại${hint}`,
  actionReserved: (step, event) =>
    `${vi.step(step)}: thao tác '${event}' trùng tên sự kiện hồ sơ do hệ thống tự ghi; hãy đặt tên khác`,
  targetOutsideBranch: (step, event, target, branch, hint) =>
    `${vi.step(step)}: thao tác '${event}' chuyển đến '${target}', không phải bước của nhánh '${branch}'${hint} (các bước của một nhánh chỉ chuyển cho nhau hoặc đến 'joined')`,
  targetJoined: (step, event) =>
    `${vi.step(step)}: thao tác '${event}' chuyển đến 'joined', điều chỉ bước thuộc một nhánh mới làm được`,
  joinedReserved: (step) => `${vi.step(step)}: mã bước 'joined' được dành cho điểm kết thúc của một nhánh`,
  forkFirst: (step) => `${vi.step(step)}: bước đầu tiên không thể tách nhánh; đó là bước tiếp nhận`,
  forkOwnField: (step, key) => `${vi.step(step)} tách thành các nhánh song song nên không có ${key} riêng`,
  branchIdTwice: (branch, otherStep) =>
    `mã nhánh '${branch}' bị dùng hai lần (cả ở bước '${otherStep}'); mã nhánh phải duy nhất trong tệp`,
  joinUnknown: (step, branch, hint) => `${vi.step(step)}: join nêu nhánh '${branch}' không tồn tại${hint}`,
  nextNotOutside: (step, next, hint) =>
    `${vi.step(step)}: next '${next}' không phải là một bước nằm ngoài các nhánh${hint}`,
  extensionFirst: (step, extension) =>
    `${vi.step(step)}: extendsLimit ${extension}: mọi hồ sơ đều qua bước đầu tiên; hãy tăng thời hạn giải quyết thay vì kéo dài`,
  extensionFamily: (step, extension, limit, units) =>
    `${vi.step(step)}: extendsLimit ${extension} không được tính như thời hạn giải quyết ${limit}: hãy dùng ${units.join(' hoặc ')}`,
  extensionNotMinutes: (step, extension) =>
    `${vi.step(step)}: extendsLimit ${extension} không phải là số phút nguyên`,
  extensionNotWhole: (step, extension, unit) =>
    `${vi.step(step)}: extendsLimit ${extension} phải là số nguyên ${WORDS[unit as SpanUnit] ?? unit}`,
  unknownGuard: (step, event, guard, hint) =>
    `${vi.step(step)}: thao tác '${event}' dùng điều kiện '${guard}' không tồn tại${hint}`,
  unknownAction: (step, event, action, hint) =>
    `${vi.step(step)}: thao tác '${event}' dùng hành động '${action}' không tồn tại${hint}`,
  feeThousands: (index, text, loaded, meant) =>
    `fees[${index}].amount ${text} sẽ được đọc thành ${loaded ?? `chuỗi '${text}'`}, không phải ${meant}: ` +
    `YAML không có dấu phân cách hàng nghìn; nếu là ${meant} đồng, hãy viết ${meant}`,
  paymentWithoutFees: (timing) =>
    `payment: ${timing}: thủ tục không thu phí, lệ phí nào (fees trống hoặc bằng 0); hãy bỏ payment hoặc khai báo phí`,
  unreachable: (step, first) => `${vi.step(step)}: không thể đến được từ bước đầu tiên '${first.id}'`,
  cannotReachDone: (step) => `${vi.step(step)}: không có thao tác nào dẫn đến 'done' (hoàn thành)`,
  tooManyPaths: () => "có quá nhiều đường đi từ bước đầu tiên đến 'done' để kiểm tra thời hạn",
  pathTooLong: (path, took, limit) =>
    `đường đi dài nhất ${path} mất ${took}, vượt thời hạn giải quyết ${limit}`,
  pathExtended: (extension) =>
    ` cộng thêm ${extension} theo thời hạn có điều kiện trên đường đi này (extendsLimit)`,
  duplicateVersion: (code, version, otherFile) =>
    `thủ tục ${code} phiên bản ${version} đã được khai báo trong ${otherFile}`,
  localCodeMismatch: (localCode, code) =>
    `localCode: ${localCode} không phải là mã địa phương của thủ tục ${code}: phải bắt đầu bằng ${code}.`,
  effectiveTwice: (code, at, version, otherFile) =>
    `effectiveFrom: thủ tục ${code} phiên bản ${version} (${otherFile}) cũng có hiệu lực từ ${at}`,
  effectiveOrder: (code, version, at, lower, lowerAt) =>
    `effectiveFrom: thủ tục ${code} phiên bản ${version} có hiệu lực từ ${at}, sớm hơn phiên bản ${lower} (${lowerAt}); phiên bản cao hơn phải có hiệu lực muộn hơn`,
  changedContent: (code, version) =>
    `thủ tục ${code} đã có phiên bản ${version} với nội dung khác; hãy tăng version`,

  cannotRead: (detail) => `không đọc được tệp: ${detail}`,
  folderNotFound: () => 'không tìm thấy thư mục',
  noProcedureFiles: () => 'không có tệp thủ tục nào',

  notADate: (where, date) => `${where}: '${date}' không phải là ngày dạng yyyy-mm-dd`,
  notInYear: (where, date, year) => `${where}: ngày ${date} không thuộc năm ${year}`,
  dayOffEnds: (i, to, from) => `daysOff[${i}]: ngày kết thúc (${to}) trước ngày bắt đầu (${from})`,
  dayOffTwice: (i, date, other) => `daysOff[${i}]: ngày ${date} đã là ngày nghỉ theo daysOff[${other}]`,
  dayOffBoth: (i) => `daysOff[${i}]: chỉ ghi date, hoặc from và to, không ghi cả hai`,
  dayOffNeeds: (i) => `daysOff[${i}]: cần ghi date, hoặc cả from và to`,
  workingAndOff: (where, date, off) =>
    `${where}: ngày ${date} vừa là ngày làm việc vừa là ngày nghỉ theo daysOff[${off}]`,
  listedTwice: (where, date) => `${where}: ngày ${date} được ghi hai lần`,
  weekdayAlready: (where, date) => `${where}: ngày ${date} là ngày trong tuần, vốn đã là ngày làm việc`,
  needsShift: () => 'workingHours: cần ít nhất một ca làm việc',
  notATime: (value) => `'${value}' không phải là giờ dạng HH:MM`,
  shiftEnds: (to, from) => `ca làm việc kết thúc (${to}) trước khi bắt đầu (${from})`,
  shiftOverlap: (from) => `ca làm việc bắt đầu (${from}) trước khi ca trước kết thúc`,
  yearFileName: (year, name) => `year: năm ${year} không khớp với tên tệp ${name}`,

  checkOk: (code, version, name, level, steps, limit) =>
    `ok  ${code} v${version}  ${name} (${level}, ${steps} bước, ${limit})`,
  checkEffective: (at) => ` có hiệu lực từ ${at}`,
  checkSummary: (procedures, units, users) =>
    `${procedures} thủ tục, ${units} đơn vị, ${users} người dùng: tất cả hợp lệ`,
  errorCount: (count) => `${count} lỗi`,
  warning: (text) => `cảnh báo: ${text}`,

  roleTwice: (role, line) => `vai trò '${role}' bị khai báo hai lần (lần đầu ở dòng ${line})`,
  unitIdTwice: (id, line) => `mã đơn vị '${id}' bị khai báo hai lần (lần đầu ở dòng ${line})`,
  usernameTwice: (name, line) => `tên đăng nhập '${name}' bị khai báo hai lần (lần đầu ở dòng ${line})`,
  unitParentUnknown: (id, parent, hint) => `đơn vị '${id}': đơn vị cấp trên '${parent}' không tồn tại${hint}`,
  unitOwnAncestor: (id, chain) => `đơn vị '${id}' là cấp trên của chính nó (${chain})`,
  unitRoleUndeclared: (id, role, hint) =>
    `đơn vị '${id}': vai trò '${role}' chưa khai báo trong roles${hint}`,
  userUnitUnknown: (name, unit, hint) => `người dùng '${name}': đơn vị '${unit}' không tồn tại${hint}`,
  userRoleNotStaffed: (name, role, unit, staffed, hint) =>
    `người dùng '${name}': đơn vị '${unit}' không có vai trò '${role}'${hint} (đơn vị có: ${staffed.join(', ') || 'không vai trò nào'})`,
};
