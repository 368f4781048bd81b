import type { SourceError, YamlSource } from '@motcua/source';
import { isRecord, valueAt } from './raw-data';
import type { Normalized } from './procedure-normalizer';
import { stepRefAt } from './step-number';
import { didYouMean } from './did-you-mean';

/**
 * Forks: no owner, duration or actions of their own; branch ids unique across the file; `join` names branches of
 * the fork; `next` a step outside the branches or `done`; a fork is not the first step (reception holds that).
 */
export function checkForks(
  source: YamlSource,
  normalized: Normalized,
  topLevel: Set<string>,
): { errors: SourceError[]; structural: boolean } {
  const m = source.messages;
  const errors: SourceError[] = [];
  let structural = false;
  const seen = new Map<string, string>();
  normalized.definition.steps.forEach((step, position) => {
    if (step.id === 'joined') {
      structural = true;
      errors.push(
        source.error(
          [...normalized.stepPath[position], 'id'],
          m.joinedReserved(stepRefAt(normalized.stepPath[position], step.id)),
        ),
      );
    }
    const { fork } = step;
    if (!fork) return;
    const path = normalized.stepPath[position];
    const ref = stepRefAt(path, step.id);
    const raw = valueAt(source.data, path);
    if (position === 0) {
      errors.push(source.error(path, m.forkFirst(ref)));
    }
    for (const key of ['owner', 'duration', 'actions', 'result', 'output']) {
      if (isRecord(raw) && key in raw) {
        errors.push(source.error([...path, key], m.forkOwnField(ref, key)));
      }
    }
    fork.branches.forEach((branch, b) => {
      const other = seen.get(branch.id);
      if (branch.id && other !== undefined) {
        structural = true;
        errors.push(source.error([...path, 'branches', b, 'id'], m.branchIdTwice(branch.id, other)));
      } else seen.set(branch.id, step.id);
    });
    const names = fork.branches.map((b) => b.id);
    if (Array.isArray(isRecord(raw) ? raw.join : undefined)) {
      fork.join.forEach((id, i) => {
        if (!names.includes(id)) {
          structural = true;
          errors.push(source.error([...path, 'join', i], m.joinUnknown(ref, id, didYouMean(id, names, m))));
        }
      });
    }
    if (fork.next && fork.next !== 'done' && (!topLevel.has(fork.next) || fork.next === step.id)) {
      structural = true;
      errors.push(
        source.error(
          [...path, 'next'],
          m.nextNotOutside(ref, fork.next, didYouMean(fork.next, [...topLevel, 'done'], m)),
        ),
      );
    }
  });
  return { errors, structural };
}
