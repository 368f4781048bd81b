import type { ProcedureStep } from '../api/api.types';

/** The actions that end a dossier: each is confirmed before it is sent. */
const ENDING: Record<string, string> = {
  refuse: 'Từ chối hồ sơ? Hồ sơ sẽ kết thúc và công dân được thông báo lý do.',
  withdraw: 'Ghi nhận công dân rút hồ sơ? Hồ sơ sẽ kết thúc.',
  stop: 'Dừng giải quyết hồ sơ? Hồ sơ sẽ kết thúc và công dân được thông báo lý do.',
};

/** The step an action leads to from `stepId`, by the procedure's transitions. */
export const targetOf = (steps: readonly ProcedureStep[], stepId: string | undefined, action: string) => {
  const target = steps.find((s) => s.id === stepId)?.transitions.find((t) => t.event === action)?.target;
  return steps.find((s) => s.id === target);
};

/**
 * What the user is asked before an action is sent, or undefined when the action goes at once: a send-back names
 * the step the dossier goes back to and that its holder receives the reason.
 */
export function confirmationOf(action: string, sendBack: boolean, target?: string): string | undefined {
  if (sendBack)
    return `Trả hồ sơ về ${target ? `bước «${target}»` : 'bước trước'}? Người xử lý bước đó nhận lại hồ sơ cùng lý do bạn đã nhập.`;
  return ENDING[action];
}
