// The parts of the HTTP API (docs/api.md) the demo reads: picked from the contract (libs/contract, generated from
// the api's OpenAPI document by `npm run api:types`), so that a change of the api shows in the demo's type check.
import type { components } from '@motcua/contract';

type Schemas = components['schemas'];

export const FINAL_STATUSES = ['done', 'refused', 'withdrawn', 'stopped'] as const;

export type SessionUser = Omit<Schemas['SessionUserDto'], 'roles'> & { roles: string[] };

export type ProcedureTransition = Pick<Schemas['ProcedureTransitionView'], 'event' | 'target' | 'guard'>;

/** `result`: entering this step means the result is ready. */
export type ProcedureStep = Pick<Schemas['ProcedureStepView'], 'id' | 'name' | 'owner'> &
  Partial<Pick<Schemas['ProcedureStepView'], 'result'>> & { transitions: ProcedureTransition[] };

export type ProcedureDocument = Schemas['ProcedureDocumentView'];

/** GET /procedures/:code, the fields the demo uses. */
export type Procedure = Pick<
  Schemas['ProcedureDetailView'],
  'code' | 'name' | 'online' | 'maxSupplementRequests' | 'documents'
> & { steps: ProcedureStep[] };

export type HandedDocument = Schemas['HandedDocumentView'];

type Step = Schemas['StepView'];

export type DossierView = Pick<Schemas['DossierView'], 'code' | 'procedure' | 'status' | 'version'> & {
  step: (Pick<Step, 'id' | 'name' | 'owner'> & { assignee?: Step['assignee'] | { username: string } }) | null;
  allowedActions?: string[];
  /** The procedure's fees and what is still due of them. */
  fees?: Pick<Schemas['FeeStatementView'], 'timing' | 'due'>;
  /** The branches of a fork (parallel branches held by their own owners). */
  branches?: Array<
    Pick<Schemas['BranchView'], 'id' | 'allowedActions'> & {
      step: Pick<Step, 'id' | 'owner' | 'assignee'> | null;
    }
  >;
};

/** POST /dossiers, /dossiers/:code/result: the bodies the demo sends. */
export type ReceiveBody = Schemas['ReceiveDossierDto'];
export type ResultBody = Schemas['RecordResultDto'];
