import { type Applicant, generateApplicant, type Place } from './applicant.rules';
import type { HandedDocument, Procedure } from './api.types';
import { intBetween, type Random, seededRandom, weighted } from './random.rules';

export const SCENARIOS = [
  'complete', // through every step to done
  'send_back', // sent back once where a step allows it, then done
  'supplement', // request_supplement during processing, supplement_received, then done
  'desk_supplement', // incomplete at the desk, completed later, then done
  'refuse_at_desk', // refused at reception
  'withdraw', // withdrawn by the citizen part-way
  'pending', // left part-way: something in the inboxes
] as const;
export type Scenario = (typeof SCENARIOS)[number];

const SCENARIO_WEIGHTS: readonly (readonly [Scenario, number])[] = [
  ['complete', 60],
  ['send_back', 10],
  ['supplement', 7],
  ['desk_supplement', 5],
  ['refuse_at_desk', 6],
  ['withdraw', 4],
  ['pending', 8],
];

// How often each sample procedure comes to the desk; any other procedure gets the default.
const PROCEDURE_WEIGHTS: Record<string, number> = {
  '2.000815': 24,
  '1.001193': 18,
  '2.000908': 12,
  '1.000894': 10,
  '1.115668': 10,
  '1.001612': 8,
  '1.009994': 6,
  '2.000806': 3,
  '2.001263': 2,
  '1.013001': 6,
  '2.000488': 5,
  '1.009972': 3,
};
const DEFAULT_PROCEDURE_WEIGHT = 5;

export type Channel = 'in_person' | 'post';

export interface DossierPlan {
  /** 1-based, stable for a seed: `#17` in the report. */
  index: number;
  procedureCode: string;
  channel: Channel;
  applicant: Applicant;
  summary: string;
  scenario: Scenario;
  /** Handed in at the desk. */
  documents: HandedDocument[];
  /** desk_supplement: what the citizen brings later. */
  missing: HandedDocument[];
  /** pending, withdraw: the forward moves made before the dossier is left or withdrawn. */
  stopAfter: number;
}

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** The demo receives at the desk, in person or by post: online dossiers come only through the portal door. */
function channelFor(random: Random): Channel {
  return random() < 0.95 ? 'in_person' : 'post';
}

/** The dossiers of a demo run: the same seed, count and procedures always give the same plans. */
export function planDossiers(
  seed: string,
  count: number,
  procedures: Procedure[],
  place: Place,
): DossierPlan[] {
  const byCode = [...procedures].sort((a, b) => a.code.localeCompare(b.code));
  const weights = byCode.map((p) => [p, PROCEDURE_WEIGHTS[p.code] ?? DEFAULT_PROCEDURE_WEIGHT] as const);
  return Array.from({ length: count }, (_, i) => {
    // One generator per dossier, so a plan does not depend on how many draws the others made.
    const random = seededRandom(`${seed}#${i + 1}`);
    const procedure = weighted(random, weights);
    const applicant = generateApplicant(random, place);
    const required = procedure.documents
      .filter((d) => d.required)
      .map(({ name, originals, copies }) => ({ name, originals, copies }));
    let scenario = weighted(random, SCENARIO_WEIGHTS);
    if (scenario === 'desk_supplement' && required.length === 0) scenario = 'complete';
    const steps = procedure.steps.length;
    const stopAfter =
      scenario === 'pending'
        ? intBetween(random, 0, Math.max(0, steps - 2))
        : scenario === 'withdraw'
          ? intBetween(random, 1, Math.max(1, steps - 2))
          : 0;
    const missing = scenario === 'desk_supplement' ? required.slice(-1) : [];
    return {
      index: i + 1,
      procedureCode: procedure.code,
      channel: channelFor(random),
      applicant,
      summary: `Đề nghị ${lowerFirst(procedure.name)} (${applicant.fullName})`.slice(0, 1000),
      scenario,
      documents: required.slice(0, required.length - missing.length),
      missing,
      stopAfter,
    };
  });
}
