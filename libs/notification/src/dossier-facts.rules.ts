import type { DossierEntity } from '@motcua/dossier';
import { findUnit, type Organization, type ProcedureDefinition } from '@motcua/engine';
import type { DossierFacts } from './notification-text.rules';

/** What the texts tell about `dossier` at step `stepId` (the flagged one, or its current one). */
export function dossierFacts(
  dossier: DossierEntity,
  definition: ProcedureDefinition,
  org: Organization,
  stepId: string | null = dossier.step,
): DossierFacts {
  const step = stepId ? definition.steps.find((s) => s.id === stepId) : undefined;
  return {
    code: dossier.code,
    procedureName: definition.name,
    applicantName: dossier.applicantName,
    stepName: step?.name ?? stepId,
    unitName: step?.owner.unit ? (findUnit(org, step.owner.unit)?.name ?? step.owner.unit) : null,
    stepDueAt: stepId === dossier.step ? dossier.stepDueAt : null,
    dueAt: dossier.dueAt,
  };
}
