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
  def.steps.forEach((step, i) => lines.push(`  state "${quote(stepLabel(step, i))}" as ${node(step.id)}`));
  if (def.steps.length) lines.push(`  [*] --> ${node(def.steps[0].id)}`);
  for (const step of def.steps) {
    for (const t of step.transitions)
      lines.push(`  ${node(step.id)} --> ${node(t.target)}: ${transitionLabel(t)}`);
  }
  lines.push('  done --> [*]', ...builtins(def));
  return `${lines.join('\n')}\n`;
}

function stepLabel(step: ProcedureStep, index: number): string {
  const owner = `${step.owner.unit} · ${step.owner.role} · ${formatDuration(step.duration.amount, step.duration.unit)}`;
  const extension = step.extendsLimit ? `<br/>limit + ${formatLimit(step.extendsLimit)} when taken` : '';
  return `${index + 1}. ${step.name}${step.result ? ' (result ready)' : ''}<br/>${owner}${extension}`;
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
