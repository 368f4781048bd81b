import type { ProcedureDefinition } from '@motcua/engine';
import { DossierErrorCode, DossierException } from '../dossier.exception';

export interface RevisionSteps {
  revision: number;
  definition: Pick<ProcedureDefinition, 'steps'>;
}

/**
 * The mapping of every step of `from` to a step of `to`: the one given, else the step of the same id. A given key
 * that is no step of `from`, a value that is no step of `to`, or a step of `from` that `to` no longer has and the
 * mapping leaves out is refused (422 INVALID_STEP_MAPPING, every problem listed), whichever dossiers are chosen.
 */
export function resolveStepMapping(
  from: RevisionSteps,
  to: RevisionSteps,
  given: Record<string, string>,
): Record<string, string> {
  const fromIds = from.definition.steps.map((s) => s.id);
  const toIds = to.definition.steps.map((s) => s.id);
  const problems: string[] = [];
  for (const [old, target] of Object.entries(given)) {
    if (!fromIds.includes(old))
      problems.push(`'${old}' is not a step of revision ${from.revision} (its steps: ${fromIds.join(', ')})`);
    if (!toIds.includes(target))
      problems.push(
        `'${old}' → '${target}': '${target}' is not a step of revision ${to.revision} (its steps: ${toIds.join(', ')})`,
      );
  }
  const resolved: Record<string, string> = {};
  for (const id of fromIds) {
    const target = Object.hasOwn(given, id) ? given[id]! : id;
    if (!Object.hasOwn(given, id) && !toIds.includes(id))
      problems.push(
        `step '${id}' of revision ${from.revision} is not in revision ${to.revision}: map it to one of ${toIds.join(', ')}`,
      );
    resolved[id] = target;
  }
  if (problems.length > 0) {
    throw new DossierException(DossierErrorCode.InvalidStepMapping, `mapping: ${problems.join('; ')}`, {
      problems,
    });
  }
  return resolved;
}
