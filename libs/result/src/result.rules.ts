import { toVietnamIso } from '@motcua/calendar';
import { type DossierEntity, dossierPortalStatus } from '@motcua/dossier';
import type { ProcedureDefinition } from '@motcua/engine';
import { type AuthUser, canActOnStep } from '@motcua/identity';
import { ResultErrorCode, ResultException } from './result.exception';
import type { ResultKind } from './result.types';

/** The refuse action that ended a dossier: who refused (unit and role) and why. */
export interface Refusal {
  unit: string | null;
  role: string | null;
  reason: string;
}

export interface RecordRequest {
  user: AuthUser;
  dossier: DossierEntity;
  definition: ProcedureDefinition;
  kind: ResultKind;
  /** The dossier's result recorded before, if any. */
  existing: { kind: ResultKind } | null;
  /** The refuse event, for a refused dossier. */
  refusal: Refusal | null;
}

/** PORTAL status 10: the result was returned (or the written refusal issued, which is the result). */
export const RETURNED_PORTAL_STATUS = 10;

/**
 * Steps at which the result is recorded: a `result: true` step (the result is ready there, to be handed over)
 * and every step with an action that enters one (the signing step: the result is recorded as it is signed).
 */
export function resultStepsOf(def: Pick<ProcedureDefinition, 'steps'>): string[] {
  const results = new Set(def.steps.filter((s) => s.result).map((s) => s.id));
  return def.steps
    .filter((s) => results.has(s.id) || s.transitions.some((t) => results.has(t.target)))
    .map((s) => s.id);
}

/**
 * May the user record this result now? A result: while the dossier runs, at a result step, by whoever may act
 * on that step; it may be recorded again (corrected) until the dossier is handed over. A refusal: once the
 * competent agency refused to resolve an accepted dossier, by the unit that refused (its role, or its head);
 * that refusal document is issued once.
 */
export function checkMayRecord(r: RecordRequest): void {
  const { dossier, user } = r;
  if (r.kind === 'refusal') {
    if (dossier.status !== 'refused' || !dossier.acceptedAt || !r.refusal)
      throw new ResultException(
        ResultErrorCode.NotRecordable,
        'Chỉ lập văn bản từ chối giải quyết cho hồ sơ đã tiếp nhận và đã bị cơ quan có thẩm quyền từ chối',
        { status: dossier.status },
      );
    if (r.existing)
      throw new ResultException(
        ResultErrorCode.AlreadyIssued,
        `Văn bản từ chối giải quyết hồ sơ ${dossier.code} đã được ban hành`,
      );
    const { unit, role } = r.refusal;
    if (!unit || !role || !canActOnStep(user, { unit, role }, null))
      throw new ResultException(
        ResultErrorCode.NotStepOwner,
        'Chỉ đơn vị đã từ chối giải quyết hồ sơ lập văn bản từ chối',
      );
    return;
  }
  if (dossier.status !== 'in_progress' && dossier.status !== 'result_ready')
    throw new ResultException(
      ResultErrorCode.NotRecordable,
      dossier.status === 'done'
        ? `Hồ sơ ${dossier.code} đã trả kết quả; không sửa được kết quả đã trả`
        : `Hồ sơ ${dossier.code} không ở giai đoạn giải quyết (trạng thái ${dossier.status})`,
      { status: dossier.status },
    );
  const steps = resultStepsOf(r.definition);
  if (!dossier.step || !steps.includes(dossier.step))
    throw new ResultException(
      ResultErrorCode.NotResultStep,
      'Kết quả được ghi ở bước ký duyệt hoặc bước trả kết quả của quy trình',
      { step: dossier.step, resultSteps: steps },
    );
  const owner =
    dossier.stepOwnerUnit && dossier.stepOwnerRole
      ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole }
      : null;
  if (!owner || !canActOnStep(user, owner, dossier.assigneeId))
    throw new ResultException(
      ResultErrorCode.NotStepOwner,
      `Chỉ người đang xử lý bước '${dossier.step}' ghi kết quả của hồ sơ`,
    );
}

/** The decision text the document carries: a refusal's reasons are the refuse action's; a result needs its own. */
export function decisionOf(kind: ResultKind, given: string | undefined, refusal: Refusal | null): string {
  if (kind === 'refusal' && refusal) return refusal.reason;
  const text = given?.trim();
  if (!text)
    throw new ResultException(
      ResultErrorCode.DecisionRequired,
      'decision: nhập nội dung quyết định/kết quả giải quyết để in vào văn bản',
    );
  return text;
}

/** The citizen may download the result once it is returned to them (portal status 10). */
export const isReturned = (dossier: Pick<DossierEntity, 'status' | 'acceptedAt'>): boolean =>
  dossierPortalStatus(dossier) === RETURNED_PORTAL_STATUS;

/** The document date: a real calendar day, not after today in Vietnam. */
export function checkDocumentDate(date: string, now: Date): void {
  const parsed = new Date(`${date}T00:00:00+07:00`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(parsed.getTime());
  const real = valid && toVietnamIso(parsed).slice(0, 10) === date;
  if (!real || date > toVietnamIso(now).slice(0, 10))
    throw new ResultException(
      ResultErrorCode.InvalidDate,
      `documentDate: ngày ban hành không hợp lệ hoặc sau ngày hôm nay (${date})`,
    );
}

/** A PDF by its content, not its name: the `%PDF-` signature within the first kilobyte, as readers accept it. */
export const isPdf = (bytes: Buffer): boolean => {
  const head = bytes.subarray(0, 1024).indexOf('%PDF-');
  return head >= 0 && bytes.lastIndexOf('%%EOF') > head;
};
