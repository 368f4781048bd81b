import type { ProcedureDefinition, ProcedureStep } from '@motcua/engine';

/** One hand-over of a walk: the step acting and the file action it takes. */
export interface RouteStep {
  step: string;
  event: string;
}

/** A payload that passes every guard of the default registry (fees paid, a comment for a send-back). */
export const ROUTE_PAYLOAD = { feesPaid: true, comment: 'Trả lại để bổ sung ý kiến thẩm định' };

const stepOf = (def: ProcedureDefinition, id: string): ProcedureStep | undefined =>
  def.steps.find((s) => s.id === id);

/** The shortest sequence of file actions from `from` to `done`. */
function shortest(def: ProcedureDefinition, from: string): RouteStep[] {
  const routes = new Map<string, RouteStep[]>([[from, []]]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const t of stepOf(def, at)?.transitions ?? []) {
      if (routes.has(t.target)) continue;
      routes.set(t.target, [...routes.get(at)!, { step: at, event: t.event }]);
      if (t.target === 'done') return routes.get('done')!;
      queue.push(t.target);
    }
  }
  throw new Error(`${def.file}: no path from '${from}' to done`);
}

/**
 * From the first step to `done` by the shortest path, taking every send-back met on the way once (a step's
 * action to a step no later in the file), as a dossier returned once by each reviewer would go.
 */
export function routeOf(def: ProcedureDefinition): RouteStep[] {
  const route: RouteStep[] = [];
  const sentBack = new Set<string>();
  let at = def.steps[0].id;
  while (at !== 'done') {
    const index = def.steps.findIndex((s) => s.id === at);
    const back = stepOf(def, at)!.transitions.find(
      (t) => t.target !== 'done' && def.steps.findIndex((s) => s.id === t.target) <= index,
    );
    const take =
      back && !sentBack.has(at)
        ? { step: at, event: back.event, target: back.target }
        : { ...shortest(def, at)[0], target: '' };
    if (take.target) sentBack.add(at);
    route.push({ step: take.step, event: take.event });
    at = take.target || stepOf(def, at)!.transitions.find((t) => t.event === take.event)!.target;
  }
  return route;
}
