import type { DossierView, Procedure, ResultBody, SessionUser } from './api.types';

/** Does `action` at step `stepId` enter a step whose file says `result: true` (the signing step's action)? */
export function entersResult(procedure: Procedure, stepId: string | undefined, action: string): boolean {
  const step = procedure.steps.find((s) => s.id === stepId);
  const target = step?.transitions.find((t) => t.event === action)?.target;
  return procedure.steps.some((s) => s.id === target && s.result === true);
}

/**
 * The result the officer about to sign records (POST /dossiers/:code/result): generated from the template, the
 * document numbered by the dossier's place in the run, dated today in Vietnam, signed in the officer's name.
 */
export function resultBody(view: DossierView, signer: SessionUser, index: number, now: Date): ResultBody {
  const vietnamDay = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return {
    kind: 'result',
    number: `${index + 1}/KQ-${view.procedure.code}`,
    documentDate: vietnamDay,
    signerName: signer.fullName,
    signerTitle: signer.title,
    decision: `Giải quyết thủ tục "${view.procedure.name}" theo hồ sơ ${view.code}: đủ điều kiện, chấp thuận theo quy định.`,
  };
}
