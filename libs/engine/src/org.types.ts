import type { Level } from './procedure.types';
import type { SupplementWaitPolicy } from './supplement-wait';

export interface WorkingPeriod {
  from: string;
  to: string;
}

/**
 * The statutory clock of a dossier transferred to the competent agency: `keep` its start (the receipt the citizen
 * holds; the default), or `restart` it when the competent agency receives it (docs/deadlines.md).
 */
export const TRANSFER_CLOCKS = ['keep', 'restart'] as const;
export type TransferClock = (typeof TRANSFER_CLOCKS)[number];

export interface OrgCenter {
  name: string;
  /** Paper dossiers received after this time count from the next working day; null: no cut-off. */
  cutoff: string | null;
  workingHours?: WorkingPeriod[];
  /** How long a dossier waits for the citizen's supplement before reception is told, and what happens then (absent: 30 days, flag). */
  supplementWait?: SupplementWaitPolicy;
  /** Absent: `keep`. */
  transferClock?: TransferClock;
}

export interface OrgUnit {
  id: string;
  name: string;
  agencyId?: string;
  level: Level;
  parent?: string;
  roles: string[];
  line: number;
}

export interface OrgUser {
  username: string;
  fullName: string;
  title: string;
  unit: string;
  roles: string[];
  line: number;
}

export interface Organization {
  file: string;
  center: OrgCenter;
  roles: string[];
  units: OrgUnit[];
  users: OrgUser[];
}
