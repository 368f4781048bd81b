import type { ProcedureDefinition } from '@motcua/engine';

/** The name of the service a generated condition calls: `took(output.action, event)`. */
export const TOOK_SERVICE = 'took';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The procedure as a BPMN 2.0 process: a start event, one user task per step with the step's id, an end event
 * `done`, and one sequence flow per file action. A step with several actions has one conditional flow per
 * action, taken when the task was signalled with `{ action: <event> }`.
 */
export function toBpmn(def: ProcedureDefinition): string {
  const flows: string[] = [
    `<sequenceFlow id="flow_start" sourceRef="start" targetRef="${def.steps[0].id}" />`,
  ];
  for (const step of def.steps) {
    for (const t of step.transitions) {
      const id = `flow_${step.id}_${t.event}`;
      const head = `<sequenceFlow id="${id}" sourceRef="${step.id}" targetRef="${t.target}"`;
      flows.push(
        step.transitions.length === 1
          ? `${head} />`
          : `${head}><conditionExpression xsi:type="tFormalExpression">` +
              `\${environment.services.${TOOK_SERVICE}(content.output.action,"${t.event}")}` +
              `</conditionExpression></sequenceFlow>`,
      );
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="urn:motcua:procedures">',
    `<process id="p_${def.code.replace(/\W/g, '_')}" name="${escape(def.name)}" isExecutable="true">`,
    '<startEvent id="start" />',
    ...def.steps.map((s) => `<userTask id="${s.id}" name="${escape(s.name)}" />`),
    '<endEvent id="done" />',
    ...flows,
    '</process>',
    '</definitions>',
  ].join('\n');
}
