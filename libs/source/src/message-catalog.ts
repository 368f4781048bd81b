import { en } from './messages-en';
import { vi } from './messages-vi';

/** The languages of file messages: Vietnamese by default, English on request (`--lang en`). */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** A step named as in the ISO table: its position from 1, and its id. */
export interface StepRef {
  /** From 1 in the table; a branch step of a fork `3.1.2` (step 3, its branch 1, the branch's step 2). */
  n: number | string;
  id: string;
}

export type SpanUnit = 'working_hour' | 'working_day' | 'day' | 'month' | 'minute';

/**
 * Every message a workflow file can get, in one place: each language implements all of them, so that
 * neither can fall behind (the compiler and messages.spec check it).
 */
export interface Messages {
  // Suggestions and time spans, used inside other messages.
  didYouMean(candidate: string): string;
  known(names: string[]): string;
  span(amount: number, unit: SpanUnit): string;
  atMost(limit: string, working: string): string;
  step(ref: StepRef): string;
  // YAML and schema shapes.
  yaml(detail: string): string;
  tabIndent(): string;
  unknownField(where: string, key: string, hint: string): string;
  missingField(where: string, key: string): string;
  oneOf(where: string, values: string): string;
  rule(where: string, rule: string): string;
  decimalComma(where: string, text: string): string;
  schema(where: string, keyword: string, params: Record<string, unknown>, fallback: string): string;
  rules: Record<RuleKey, string>;
  // Procedure files.
  codeAsNumber(value: number): string;
  unknownAgency(agency: string, orgFile: string, hint: string): string;
  unknownDecider(role: string, orgFile: string, hint: string): string;
  deadlineNotWhole(limit: string, unit: 'day' | 'month'): string;
  deadlineNotMinutes(limit: string): string;
  stepIdTwice(step: StepRef, firstLine: number): string;
  stepIdReserved(step: StepRef): string;
  unknownOwnerUnit(step: StepRef, unit: string, orgFile: string, hint: string): string;
  ownerRoleNotStaffed(step: StepRef, role: string, unit: string, staffed: string[], hint: string): string;
  durationNotMinutes(step: StepRef, duration: string): string;
  durationNotWhole(step: StepRef, duration: string, unit: 'day' | 'month'): string;
  durationUnit(step: StepRef, unit: 'day' | 'month', limitUnit: string): string;
  actionName(step: StepRef, event: string): string;
  actionBuiltin(step: StepRef, event: string): string;
  targetBuiltin(step: StepRef, event: string, target: string, via: string): string;
  targetUnknown(step: StepRef, event: string, target: string, hint: string): string;
  actionReserved(step: StepRef, event: string): string;
  targetOutsideBranch(step: StepRef, event: string, target: string, branch: string, hint: string): string;
  targetJoined(step: StepRef, event: string): string;
  // Forks (parallel branches).
  joinedReserved(step: StepRef): string;
  forkFirst(step: StepRef): string;
  forkOwnField(step: StepRef, key: string): string;
  branchIdTwice(branch: string, otherStep: string): string;
  joinUnknown(step: StepRef, branch: string, hint: string): string;
  nextNotOutside(step: StepRef, next: string, hint: string): string;
  // Conditional limits (extendsLimit).
  extensionFirst(step: StepRef, extension: string): string;
  extensionFamily(step: StepRef, extension: string, limit: string, units: string[]): string;
  extensionNotMinutes(step: StepRef, extension: string): string;
  extensionNotWhole(step: StepRef, extension: string, unit: string): string;
  unknownGuard(step: StepRef, event: string, guard: string, hint: string): string;
  unknownAction(step: StepRef, event: string, action: string, hint: string): string;
  feeThousands(index: number, text: string, loaded: number | undefined, meant: number): string;
  paymentWithoutFees(timing: string): string;
  unreachable(step: StepRef, first: StepRef): string;
  cannotReachDone(step: StepRef): string;
  tooManyPaths(): string;
  pathTooLong(path: string, took: string, limit: string): string;
  /** Appended to the limit of `pathTooLong` when the path takes conditional limits (`extendsLimit`). */
  pathExtended(extension: string): string;
  duplicateVersion(code: string, version: number, otherFile: string): string;
  localCodeMismatch(localCode: string, code: string): string;
  effectiveTwice(code: string, at: string, version: number, otherFile: string): string;
  effectiveOrder(code: string, version: number, at: string, lower: number, lowerAt: string): string;
  changedContent(code: string, version: number): string;
  // The workflows folder.
  cannotRead(detail: string): string;
  folderNotFound(): string;
  noProcedureFiles(): string;
  // Calendar years and working hours.
  notADate(where: string, date: string): string;
  notInYear(where: string, date: string, year: number): string;
  dayOffEnds(index: number, to: string, from: string): string;
  dayOffTwice(index: number, date: string, other: number): string;
  dayOffBoth(index: number): string;
  dayOffNeeds(index: number): string;
  workingAndOff(where: string, date: string, off: number): string;
  listedTwice(where: string, date: string): string;
  weekdayAlready(where: string, date: string): string;
  needsShift(): string;
  notATime(value: string): string;
  shiftEnds(to: string, from: string): string;
  shiftOverlap(from: string): string;
  yearFileName(year: number, name: string): string;
  // workflows:check.
  checkOk(code: string, version: number, name: string, level: string, steps: number, limit: string): string;
  checkEffective(at: string): string;
  checkSummary(procedures: number, units: number, users: number): string;
  errorCount(count: number): string;
  warning(text: string): string;
  // org.yaml.
  roleTwice(role: string, firstLine: number): string;
  unitIdTwice(id: string, firstLine: number): string;
  usernameTwice(name: string, firstLine: number): string;
  unitParentUnknown(id: string, parent: string, hint: string): string;
  unitOwnAncestor(id: string, chain: string): string;
  unitRoleUndeclared(id: string, role: string, hint: string): string;
  userUnitUnknown(name: string, unit: string, hint: string): string;
  userRoleNotStaffed(name: string, role: string, unit: string, staffed: string[], hint: string): string;
}

/** The rules a schema's `pattern` names in its `description` (see schemaCheck). */
export const RULE_KEYS = [
  'code',
  'localCode',
  'fieldCode',
  'name',
  'unitId',
  'roleName',
  'clockTime',
  'agencyId',
  'username',
  'instant',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

const CATALOG: Record<Lang, Messages> = { vi, en };

export const messagesFor = (lang: Lang = DEFAULT_LANG): Messages => CATALOG[lang];

export const isLang = (value: unknown): value is Lang => LANGS.some((l) => l === value);
