import type { ProcedureDefinition } from '@motcua/engine';
import { actionNeeds } from './action-needs.view';

const step = (id: string, transitions: Array<{ event: string; target: string }>) => ({ id, transitions });
const definition = {
  steps: [
    step('receive', [{ event: 'forward', target: 'appraise' }]),
    step('appraise', [{ event: 'submit', target: 'sign' }]),
    step('sign', [
      { event: 'send_back', target: 'appraise' },
      { event: 'sign', target: 'release' },
    ]),
    step('release', []),
  ],
} as unknown as ProcedureDefinition;

describe('actionNeeds', () => {
  it('asks a reason of the built-ins that need one and of a send-back, and nothing of a step forward', () => {
    const needs = actionNeeds(definition, 'sign', ['sign', 'send_back', 'refuse']);
    expect(needs).toEqual([
      { action: 'sign', reason: false, sendBack: false, missingItems: false, newAppointment: false },
      { action: 'send_back', reason: true, sendBack: true, missingItems: false, newAppointment: false },
      { action: 'refuse', reason: true, sendBack: false, missingItems: false, newAppointment: false },
    ]);
  });

  it('asks the missing items of a supplement request and the new appointment of an extension', () => {
    const [supplement, extend] = actionNeeds(definition, 'appraise', ['request_supplement', 'extend']);
    expect(supplement).toMatchObject({ reason: true, missingItems: true, newAppointment: false });
    expect(extend).toMatchObject({ reason: true, missingItems: false, newAppointment: true });
  });

  it('finds no send-back outside the steps (a dossier not started)', () => {
    expect(actionNeeds(definition, null, ['send_back'])[0]).toMatchObject({ reason: false, sendBack: false });
  });
});
