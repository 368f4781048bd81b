import { MAX_EXTENSIONS } from './engine.types';
import type { ProcedureDefinition, ProcedureStep, ProcedureTransition } from './procedure.types';
import type { Lang } from '@motcua/source';
import { type DiagramWords, diagramWords } from './procedure-diagram-words';
import { formatDuration, formatLimit } from './time-limit-units';

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

export interface DiagramOptions {
  /** `en` (default): the engine's names, for those who write the files; `vi`: as the console's users read it. */
  lang?: Lang;
  /** A unit's name for its id (the organization's); the id itself without it. */
  unitName?: (id: string) => string;
}

interface Drawing {
  words: DiagramWords;
  unitName: (id: string) => string;
}

// Room between states and between ranks, so that the labels of parallel and returning transitions stay apart.
const LAYOUT = ['config:', '  state:', '    nodeSpacing: 70', '    rankSpacing: 80', '    padding: 12'];

/** A Mermaid `stateDiagram-v2` of the procedure: its steps and actions, with the built-ins drawn once. */
export function toMermaid(def: ProcedureDefinition, options: DiagramOptions = {}): string {
  const d: Drawing = {
    words: diagramWords(options.lang ?? 'en'),
    unitName: options.unitName ?? ((id) => id),
  };
  const title = `${def.code} v${def.version} · ${def.name} · ${formatLimit(def.deadline, d.words.messages)}`;
  const lines = ['---', `title: "${quote(title)}"`, ...LAYOUT, '---', 'stateDiagram-v2'];
  const top = def.steps.filter((s) => s.branch === undefined);
  top.forEach((step, i) => {
    if (step.fork) lines.push(...forkLines(def, step, i, d));
    else lines.push(`  state "${quote(stepLabel(step, `${i + 1}`, d))}" as ${node(step.id)}`);
  });
  if (top.length) lines.push(`  [*] --> ${node(top[0].id)}`);
  for (const step of top) {
    for (const t of step.transitions)
      lines.push(`  ${node(step.id)} --> ${node(t.target)}: ${transitionLabel(t, d.words)}`);
    if (step.fork) lines.push(`  ${node(step.id)} --> ${node(step.fork.next)}: ${d.words.joined}`);
  }
  lines.push(...endLabels(d.words), '  done --> [*]', ...builtins(def, d.words));
  return `${lines.join('\n')}\n`;
}

function stepLabel(step: ProcedureStep, number: string, { words, unitName }: Drawing): string {
  const duration = formatDuration(step.duration.amount, step.duration.unit, words.messages);
  const owner = `${unitName(step.owner.unit)} · ${words.role(step.owner.role)} · ${duration}`;
  const extension = step.extendsLimit
    ? `<br/>${words.limitWhenTaken(formatLimit(step.extendsLimit, words.messages))}`
    : '';
  return `${number}. ${step.name}${step.result ? words.resultReady : ''}<br/>${owner}${extension}`;
}

/** A fork as a composite state: one region per branch, separated by `--`; a branch's `joined` is its end. */
function forkLines(def: ProcedureDefinition, step: ProcedureStep, index: number, d: Drawing): string[] {
  const fork = step.fork!;
  const names = fork.join.map((id) => fork.branches.find((b) => b.id === id)?.name ?? id);
  const join = fork.join.length === fork.branches.length ? d.words.all : names.join(', ');
  const lines = [
    `  state "${quote(`${index + 1}. ${step.name} (${d.words.fork(fork.branches.length, join)})`)}" as ${node(step.id)} {`,
  ];
  fork.branches.forEach((branch, b) => {
    if (b > 0) lines.push('    --');
    // Branch ids are not step ids: an upper-case prefix keeps a branch named like a step apart from it.
    lines.push(`    state "${quote(branch.name)}" as B_${branch.id} {`);
    branch.steps.forEach((id, k) => {
      const s = def.steps.find((x) => x.id === id && x.branch === branch.id);
      if (s)
        lines.push(
          `      state "${quote(stepLabel(s, `${index + 1}.${b + 1}.${k + 1}`, d))}" as ${node(id)}`,
        );
    });
    if (branch.steps.length) lines.push(`      [*] --> ${node(branch.steps[0])}`);
    for (const id of branch.steps) {
      const s = def.steps.find((x) => x.id === id && x.branch === branch.id);
      for (const t of s?.transitions ?? []) {
        const to = t.target === 'joined' ? '[*]' : node(t.target);
        lines.push(`      ${node(id)} --> ${to}: ${transitionLabel(t, d.words)}`);
      }
    }
    lines.push('    }');
  });
  lines.push('  }');
  return lines;
}

function transitionLabel(t: ProcedureTransition, words: DiagramWords): string {
  const guard = t.guard !== undefined ? ` [${words.guard(t.guard)}]` : '';
  const actions = words.actions && t.actions.length ? ` / ${t.actions.join(', ')}` : '';
  return `${words.event(t.event)}${guard}${actions}`;
}

const ENDS = ['done', 'refused', 'withdrawn', 'stopped'] as const;

/** The end states by name where the words have one (in English they are their ids). */
function endLabels(words: DiagramWords): string[] {
  return ENDS.filter((id) => words.end[id] !== id).map((id) => `  state "${words.end[id]}" as ${id}`);
}

function builtins(def: ProcedureDefinition, words: DiagramWords): string[] {
  const pauses = def.maxSupplementRequests
    ? [
        `${words.event('request_supplement')} ⇄ ${words.event('supplement_received')} (${words.atMost(def.maxSupplementRequests)})`,
      ]
    : [];
  const within = [...pauses, `${words.event('extend')} (${words.atMost(MAX_EXTENSIONS)})`].join(' · ');
  // Inside the state, not on a loop back to it: a loop's label is drawn over the transitions leaving the state.
  return [
    `  state "${quote(`${words.anyStep}<br/>${within}`)}" as ${ANY_STEP}`,
    `  ${ANY_STEP} --> refused: ${words.event('refuse')}`,
    `  ${ANY_STEP} --> withdrawn: ${words.event('withdraw')}`,
    `  ${ANY_STEP} --> stopped: ${words.event('stop')}`,
    '  refused --> [*]',
    '  withdrawn --> [*]',
    '  stopped --> [*]',
  ];
}
