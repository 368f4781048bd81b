import {
  type DossierView,
  FINAL_STATUSES,
  type HandedDocument,
  type Procedure,
  type ProcedureStep,
} from './api.types';
import type { DossierPlan } from './demo.plan';

export interface ActionBody {
  action: string;
  comment?: string;
  reason?: string;
  missingItems?: string[];
  documents?: HandedDocument[];
  /** The hand-over of the result: who collects it (the applicant, in the demo). */
  collector?: { kind: 'applicant'; idNumber: string };
  /** In a fork: the branch the action is for. */
  branch?: string;
}

export type Move =
  | { kind: 'act'; body: ActionBody }
  /** The fees still due are paid at the desk before the result is handed over. */
  | { kind: 'pay'; amount: number }
  /** Accepted but the intake job has not started the procedure yet. */
  | { kind: 'wait' }
  /** The plan leaves the dossier where it is. */
  | { kind: 'leave' }
  | { kind: 'finished' }
  | { kind: 'stuck'; why: string };

/** What has happened to a dossier so far in this run. */
export interface Progress {
  forwardMoves: number;
  sentBack: boolean;
  supplementRequested: boolean;
}

export const newProgress = (): Progress => ({ forwardMoves: 0, sentBack: false, supplementRequested: false });

const BUILTINS = new Set([
  'request_supplement',
  'supplement_received',
  'refuse',
  'withdraw',
  'stop',
  'extend',
]);

const COMMENTS: Record<string, string> = {
  forward: 'Hồ sơ đầy đủ, hợp lệ; chuyển bộ phận chuyên môn thẩm định',
  submit: 'Đã thẩm định, đủ điều kiện; trình ký',
  approve: 'Đồng ý',
  sign: 'Đã ký',
  reply: 'Đã xác minh, có kết quả trả lời',
  transfer_result: 'Chuyển kết quả về bộ phận một cửa',
  hand_over: 'Đã trả kết quả cho công dân',
  send_back: 'Đề nghị kiểm tra, hoàn thiện lại dự thảo kết quả trước khi trình',
};

/** For each step, the fewest transitions to `done` (a send_back or a detour such as a verification costs more). */
export function stepsToDone(procedure: Procedure): Map<string, number> {
  // A branch's `joined` ends the branch: as near as `done` for the branch's steps.
  const distance = new Map<string, number>([
    ['done', 0],
    ['joined', 0],
  ]);
  for (let changed = true; changed;) {
    changed = false;
    for (const step of procedure.steps) {
      const via = step.transitions.map((t) => (distance.get(t.target) ?? Infinity) + 1);
      const best = Math.min(...via);
      if (best < (distance.get(step.id) ?? Infinity)) {
        distance.set(step.id, best);
        changed = true;
      }
    }
  }
  return distance;
}

/** The step's way forward: of the actions the caller may take, the one on the shortest path to `done`. */
export function forwardAction(
  procedure: Procedure,
  step: ProcedureStep,
  allowed: string[],
): string | undefined {
  const distance = stepsToDone(procedure);
  const candidates = step.transitions.filter((t) => allowed.includes(t.event) && t.event !== 'send_back');
  const cost = (target: string): number => distance.get(target) ?? Infinity;
  // A stable sort keeps the file's order between equally short ways.
  return [...candidates].sort((a, b) => cost(a.target) - cost(b.target))[0]?.event;
}

const act = (body: ActionBody): Move => ({ kind: 'act', body });

/**
 * The next move of a dossier under its plan, from what GET /dossiers/:code shows the user who would act
 * (`allowedActions` are the caller's). `stuck` may mean "not this user": the runner then asks the next one. Pure.
 */
export function nextMove(
  view: DossierView,
  procedure: Procedure,
  plan: DossierPlan,
  progress: Progress,
): Move {
  if ((FINAL_STATUSES as readonly string[]).includes(view.status)) return { kind: 'finished' };
  if (view.status === 'accepted') return { kind: 'wait' };
  if (view.status === 'awaiting_documents') {
    return act({
      action: 'supplement_received',
      documents: plan.missing,
      comment: 'Công dân đã nộp bổ sung đủ thành phần hồ sơ',
    });
  }
  if (view.status === 'awaiting_supplement') {
    return act({ action: 'supplement_received', comment: 'Công dân đã bổ sung, giải trình theo yêu cầu' });
  }
  if (!view.step) return { kind: 'stuck', why: `status ${view.status} without a current step` };
  const step = procedure.steps.find((s) => s.id === view.step!.id);
  if (!step) return { kind: 'stuck', why: `step '${view.step.id}' is not in procedure ${procedure.code}` };
  const allowed = view.allowedActions ?? [...step.transitions.map((t) => t.event), ...BUILTINS];

  if (plan.scenario === 'pending' && progress.forwardMoves >= plan.stopAfter) return { kind: 'leave' };
  if (plan.scenario === 'withdraw' && progress.forwardMoves >= plan.stopAfter) {
    // Another user (the receiving desk) may be the one allowed to record it.
    if (!allowed.includes('withdraw')) return { kind: 'stuck', why: 'withdraw is not allowed to this user' };
    return act({ action: 'withdraw', reason: 'Công dân có đơn đề nghị rút hồ sơ để bổ sung giấy tờ khác' });
  }
  const isFirstStep = procedure.steps[0]?.id === step.id;
  if (
    plan.scenario === 'supplement' &&
    !progress.supplementRequested &&
    !isFirstStep &&
    allowed.includes('request_supplement')
  ) {
    return act({
      action: 'request_supplement',
      reason: 'Thông tin trong tờ khai chưa khớp với giấy tờ kèm theo',
      missingItems: ['Bản sao giấy tờ chứng minh nơi cư trú', 'Tờ khai đã sửa đổi, ký lại'],
    });
  }
  if (
    plan.scenario === 'send_back' &&
    !progress.sentBack &&
    allowed.includes('send_back') &&
    step.transitions.some((t) => t.event === 'send_back')
  ) {
    return act({ action: 'send_back', comment: COMMENTS.send_back });
  }
  if (view.branches?.some((b) => b.step !== null)) return branchMove(view, procedure);
  const action = forwardAction(procedure, step, allowed);
  if (!action) {
    return {
      kind: 'stuck',
      why: `no way forward at step '${step.id}' (allowed: ${allowed.join(', ') || 'none'})`,
    };
  }
  const handsOver = step.transitions.some((t) => t.event === action && t.target === 'done');
  const due = view.fees?.timing === 'before_result' ? view.fees.due : 0;
  const guarded = step.transitions.some((t) => t.event === action && t.guard === 'feesPaid');
  if ((handsOver || guarded) && due > 0) return { kind: 'pay', amount: due };
  return act({
    action,
    comment: COMMENTS[action] ?? 'Đã xử lý xong bước',
    ...(handsOver ? { collector: { kind: 'applicant', idNumber: plan.applicant.idNumber } } : {}),
  });
}

/** In a fork: the way forward on the first open branch the caller may act on. */
function branchMove(view: DossierView, procedure: Procedure): Move {
  for (const branch of view.branches ?? []) {
    const step = branch.step && procedure.steps.find((s) => s.id === branch.step!.id);
    const action = step ? forwardAction(procedure, step, branch.allowedActions) : undefined;
    if (action) {
      return act({ action, branch: branch.id, comment: COMMENTS[action] ?? 'Đã xử lý xong bước' });
    }
  }
  return { kind: 'stuck', why: 'no open branch of the fork is this user’s' };
}

/** Progress after `action` was accepted by the api. */
export function advance(progress: Progress, action: string): Progress {
  if (action === 'payment') return progress;
  if (action === 'send_back') return { ...progress, sentBack: true };
  if (action === 'request_supplement') return { ...progress, supplementRequested: true };
  if (BUILTINS.has(action)) return progress;
  return { ...progress, forwardMoves: progress.forwardMoves + 1 };
}
