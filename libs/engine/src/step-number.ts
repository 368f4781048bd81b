import type { SourcePath, StepRef } from '@motcua/source';
import type { ProcedureDefinition } from './procedure.types';

/**
 * A step named as in the ISO table, from where it stands in the file: `steps[i]` is step i + 1; a branch step
 * `steps[i].branches[b].steps[k]` is `i+1.b+1.k+1`, as the diagram numbers it.
 */
export function stepRefAt(path: SourcePath, id: string): StepRef {
  const [, i, , b, , k] = path as [string, number, string?, number?, string?, number?];
  return { n: b === undefined || k === undefined ? i + 1 : `${i + 1}.${b + 1}.${k + 1}`, id };
}

/** Each step's ISO number by id (the first step of an id, when a file repeats one). */
export function stepNumbers(def: Pick<ProcedureDefinition, 'steps'>): Map<string, number | string> {
  const numbers = new Map<string, number | string>();
  def.steps
    .filter((s) => s.branch === undefined)
    .forEach((step, i) => {
      if (!numbers.has(step.id)) numbers.set(step.id, i + 1);
      step.fork?.branches.forEach((branch, b) =>
        branch.steps.forEach((id, k) => {
          if (!numbers.has(id)) numbers.set(id, `${i + 1}.${b + 1}.${k + 1}`);
        }),
      );
    });
  return numbers;
}
