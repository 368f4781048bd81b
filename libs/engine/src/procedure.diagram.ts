import { MAX_EXTENSIONS } from './engine.types';
import type { ProcedureDefinition, ProcedureStep, ProcedureTransition } from './procedure.types';
import { formatDuration, formatLimit } from './time-limit.util';

// Words Mermaid's state diagram grammar would read as keywords; step ids are lower case, so an upper-case
// prefix cannot collide with another step.
const RESERVED = new Set([
  'state',
  'note',
  'direction',
  'class',
  'classdef',
  'style',
  'end',
  'as',
  'hide',
  'click',
]);
const ANY_STEP = 'ANY_STEP';

const node = (id: string): string => (RESERVED.has(id) ? `S_${id}` : id);
const quote = (text: string): string => text.replace(/"/g, '#quot;').replace(/[\r\n]+/g, ' ');

/** A Mermaid `stateDiagram-v2` of the procedure: its steps and actions, with the built-ins drawn once. */
export function toMermaid(def: ProcedureDefinition): string {
  const title = `${def.code} v${def.version} · ${def.name} · ${formatLimit(def.deadline)}`;
  const lines = ['---', `title: "${quote(title)}"`, '---', 'stateDiagram-v2'];
  const top = def.steps.filter((s) => s.branch === undefined);
  top.forEach((step, i) => {
    if (step.fork) lines.push(...forkLines(def, step, i));
    else lines.push(`  state "${quote(stepLabel(step, `${i + 1}`))}" as ${node(step.id)}`);
  });
  if (top.length) lines.push(`  [*] --> ${node(top[0].id)}`);
  for (const step of top) {
    for (const t of step.transitions)
      lines.push(`  ${node(step.id)} --> ${node(t.target)}: ${transitionLabel(t)}`);
    if (step.fork) lines.push(`  ${node(step.id)} --> ${node(step.fork.next)}: joined`);
  }
  lines.push('  done --> [*]', ...builtins(def));
  return `${lines.join('\n')}\n`;
}

function stepLabel(step: ProcedureStep, number: string): string {
  const owner = `${step.owner.unit} · ${step.owner.role} · ${formatDuration(step.duration.amount, step.duration.unit)}`;
  const extension = step.extendsLimit ? `<br/>limit + ${formatLimit(step.extendsLimit)} when taken` : '';
  return `${number}. ${step.name}${step.result ? ' (result ready)' : ''}<br/>${owner}${extension}`;
}

/** A fork as a composite state: one region per branch, separated by `--`; a branch's `joined` is its end. */
function forkLines(def: ProcedureDefinition, step: ProcedureStep, index: number): string[] {
  const fork = step.fork!;
  const join = fork.join.length === fork.branches.length ? 'all' : fork.join.join(', ');
  const lines = [
    `  state "${quote(`${index + 1}. ${step.name} (${fork.branches.length} branches, join ${join})`)}" as ${node(step.id)} {`,
  ];
  fork.branches.forEach((branch, b) => {
    if (b > 0) lines.push('    --');
    // Branch ids are not step ids: an upper-case prefix keeps a branch named like a step apart from it.
    lines.push(`    state "${quote(branch.name)}" as B_${branch.id} {`);
    branch.steps.forEach((id, k) => {
      const s = def.steps.find((x) => x.id === id && x.branch === branch.id);
      if (s)
        lines.push(`      state "${quote(stepLabel(s, `${index + 1}.${b + 1}.${k + 1}`))}" as ${node(id)}`);
    });
    if (branch.steps.length) lines.push(`      [*] --> ${node(branch.steps[0])}`);
    for (const id of branch.steps) {
      const s = def.steps.find((x) => x.id === id && x.branch === branch.id);
      for (const t of s?.transitions ?? []) {
        const to = t.target === 'joined' ? '[*]' : node(t.target);
        lines.push(`      ${node(id)} --> ${to}: ${transitionLabel(t)}`);
      }
    }
    lines.push('    }');
  });
  lines.push('  }');
  return lines;
}

function transitionLabel(t: ProcedureTransition): string {
  const guard = t.guard !== undefined ? ` [${t.guard}]` : '';
  const actions = t.actions.length ? ` / ${t.actions.join(', ')}` : '';
  return `${t.event}${guard}${actions}`;
}

function builtins(def: ProcedureDefinition): string[] {
  const pauses = def.maxSupplementRequests
    ? [`request_supplement ⇄ supplement_received (at most ${def.maxSupplementRequests})`]
    : [];
  return [
    `  state "any step" as ${ANY_STEP}`,
    `  ${ANY_STEP} --> ${ANY_STEP}: ${[...pauses, `extend (at most ${MAX_EXTENSIONS})`].join(' · ')}`,
    `  ${ANY_STEP} --> refused: refuse`,
    `  ${ANY_STEP} --> withdrawn: withdraw`,
    `  ${ANY_STEP} --> stopped: stop`,
    '  refused --> [*]',
    '  withdrawn --> [*]',
    '  stopped --> [*]',
  ];
}
