// The parts of the HTTP API (docs/api.md) the demo reads.

export const FINAL_STATUSES = ['done', 'refused', 'withdrawn', 'stopped'] as const;

export interface SessionUser {
  username: string;
  fullName: string;
  title: string;
  unit: string;
  unitName: string;
  roles: string[];
}

export interface LoginResponse {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  user: SessionUser;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  level: string;
  online: 'full' | 'partial' | 'none';
  steps: number;
}

export interface ProcedureTransition {
  event: string;
  target: string;
  guard?: string;
}

export interface ProcedureStep {
  id: string;
  name: string;
  owner: { unit: string; role: string };
  /** Entering this step means the result is ready. */
  result?: boolean;
  transitions: ProcedureTransition[];
}

export interface ProcedureDocument {
  name: string;
  originals: number;
  copies: number;
  required: boolean;
}

/** GET /procedures/:code, the fields the demo uses. */
export interface Procedure {
  code: string;
  name: string;
  online: 'full' | 'partial' | 'none';
  maxSupplementRequests: number;
  documents: ProcedureDocument[];
  steps: ProcedureStep[];
}

export interface HandedDocument {
  name: string;
  originals: number;
  copies: number;
}

export interface DossierView {
  code: string;
  procedure: { code: string; name: string; revision: number };
  status: string;
  step: {
    id: string;
    name: string;
    owner: { unit: string; role: string };
    assignee: string | { username: string } | null;
  } | null;
  version: number;
  allowedActions?: string[];
  /** The procedure's fees and what is still due of them. */
  fees?: { timing: string; due: number };
  /** The branches of a fork (parallel branches held by their own owners). */
  branches?: Array<{
    id: string;
    step: { id: string; owner: { unit: string; role: string }; assignee: string | null } | null;
    allowedActions: string[];
  }>;
}

export interface ReceiveResponse {
  code: string;
  status: string;
  version: number;
}
