export type Role = 'reception' | 'officer' | 'head' | 'leader' | 'supervisor' | 'admin' | 'portal';

export interface SessionUser {
  username: string;
  fullName: string;
  title: string;
  unit: string;
  unitName: string;
  roles: Role[];
}

export interface Flags {
  dueSoon: string | null;
  overdue: string | null;
  stepOverdue: string | null;
  stalled: string | null;
}

export interface StepOwner {
  unit: string;
  role: string;
}

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
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
  /** The national portal's status code (10 for a refusal to resolve after acceptance). */
  portalStatus?: number;
  channel: string;
  /**
   * `verification`: a unit that only verifies sees fullName, idNumber and address, no phone nor email; `name`:
   * the inbox shows the name only (opening the dossier shows the rest).
   */
  applicant: Partial<Applicant> & Pick<Applicant, 'fullName'>;
  personalData: 'full' | 'verification' | 'name';
  documents: HandedDocument[];
  summary: string | null;
  step: {
    id: string;
    name: string;
    owner: StepOwner;
    assignee: string | null;
    /** The assignee's full name, as shown. */
    assigneeName: string | null;
    startedAt: string | null;
    dueAt: string | null;
  } | null;
  receivingUnit: string;
  receivedAt: string;
  clockStartedAt: string | null;
  appointmentAt: string | null;
  receiptAppointmentAt: string | null;
  appointmentProvisional: boolean;
  provisionalYears: number[];
  pausedAt: string | null;
  resultReadyAt: string | null;
  finishedAt: string | null;
  extended: boolean;
  flags: Flags;
  /** The citizen's supplement is overdue: the wait passed the center's (or the procedure's) limit. */
  supplementOverdueAt: string | null;
  version: number;
  allowedActions: string[];
  /** Of allowedActions, those that need a reason (a send-back included). */
  reasonActions?: string[];
  /** When extend is allowed: the valid new appointments. */
  appointmentChoices?: string[];
  /** The branches of a fork (inter-agency procedures), each with its own step, owner, due instant and flags. */
  branches?: DossierBranch[];
  /** The procedure's fees and what is paid of them. */
  fees?: FeeStatement;
  /** Every payment of the fees (the single dossier's view). */
  payments?: Payment[];
  /** Who collected the result (shown to those who see the whole applicant). */
  resultCollector?: ResultCollector | null;
}

/** A branch of a fork: its step (null once joined or closed) and the actions the caller may take on it. */
export interface DossierBranch {
  id: string;
  name: string;
  forkStep: string;
  step: {
    id: string;
    name: string;
    owner: StepOwner;
    assignee: string | null;
    /** The assignee's full name, as shown. */
    assigneeName: string | null;
    startedAt: string | null;
    dueAt: string | null;
  } | null;
  joinedAt: string | null;
  closedAt: string | null;
  pausedAt: string | null;
  flags: { dueSoon: string | null; stepOverdue: string | null; stalled: string | null };
  allowedActions: string[];
}

/** A dossier in a work list (the inbox): the view without its documents and the extension's appointments. */
export type DossierListItem = Omit<DossierView, 'documents' | 'appointmentChoices'>;

export interface ControlSheetRow {
  version: number;
  action: string;
  fromStep: string | null;
  toStep: string | null;
  fromStatus: string | null;
  toStatus: string;
  actor: { username: string; fullName: string; title: string; unit: string; role: string } | null;
  comment: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
  stepStartedAt: string | null;
  stepDueAt: string | null;
  workingMinutes: number | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
}

export interface TimeLimit {
  amount: number;
  unit: string;
}

export interface ProcedureStep {
  id: string;
  name: string;
  owner: StepOwner;
  duration: TimeLimit;
  result: boolean;
  output?: string;
  transitions: Array<{ event: string; target: string }>;
  /** A fork step: branches run in parallel, joined (all, or `join`) before `next`. */
  fork?: { branches: Array<{ id: string; name: string; steps: string[] }>; join: string[]; next: string };
  /** A step of a branch: the branch id. */
  branch?: string;
}

export interface ProcedureDocument {
  name: string;
  originals: number;
  copies: number;
  required: boolean;
}

/** A loaded version that waits for its `effectiveFrom`. */
export interface PendingRevision {
  version: number;
  revision: number;
  effectiveFrom: string;
}

export interface ProcedureSummary {
  code: string;
  localCode?: string;
  name: string;
  field: string;
  level: string;
  deadline: TimeLimit;
  online: string;
  revision: number;
  version: number;
  steps: number;
  effectiveFrom?: string;
  inEffect: boolean;
  pending: PendingRevision[];
}

export interface Fee {
  name: string;
  amount: number;
}

/** A dossier's fees and what is paid of them. */
export interface FeeStatement {
  fees: Fee[];
  feesTotal: number;
  timing: string;
  collected: boolean;
  paidAmount: number;
  due: number;
  paid: boolean;
}

export interface Payment {
  id: string;
  amount: number;
  method: string;
  source: string;
  receiptNumber: string | null;
  portalTransactionId: string | null;
  receivedBy: string | null;
  note: string | null;
  paidAt: string;
}

export interface ResultCollector {
  kind: string;
  fullName: string | null;
  idType: string | null;
  idNumber: string | null;
  authorization: string | null;
  postalReference: string | null;
}

export interface ProcedureDetail {
  code: string;
  name: string;
  field: string;
  level: string;
  deadline: TimeLimit;
  online: string;
  documents: ProcedureDocument[];
  fees: Fee[];
  payment: string;
  steps: ProcedureStep[];
  revision: number;
  mermaid: string;
}

export interface OrgUnit {
  id: string;
  name: string;
  level: string;
  parent: string | null;
  roles: string[];
}

export interface OrgUser {
  username: string;
  fullName: string;
  title: string;
  roles: string[];
}

export interface ReceiveResult {
  code: string;
  /** The citizen's key to the public lookup (mã tra cứu), printed on form 01. */
  lookupKey: string;
  status: string;
  version: number;
  receivedAt: string;
  clockStartsAt?: string;
  appointmentAt?: string;
  provisionalYears?: number[];
}

export interface HandlingCounts {
  total: number;
  receivedOnline: number;
  receivedOffline: number;
  carriedOver: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  closedOther: number;
  pending: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
}

export interface HandlingReport {
  from: string;
  to: string;
  /** The earlier of `to` and now: the figures are judged there. */
  asOf: string;
  groupBy: string;
  rows: Array<HandlingCounts & { key: string; label: string }>;
  total: HandlingCounts;
}

export interface TrendReport {
  asOf: string;
  interval: 'month' | 'week';
  points: Array<{ label: string; total: number; onTime: number; late: number; onTimeRate: number | null }>;
}

export interface BacklogRow {
  key: string;
  label: string;
  open: number;
  overdue: number;
  stepOverdue: number;
  stalled: number;
  dueSoon: number;
}

export interface BacklogReport {
  at: string;
  byUnit: BacklogRow[];
  byProcedure: BacklogRow[];
  total: BacklogRow;
}

export interface NotificationView {
  id: string;
  kind: string;
  flag: string | null;
  level: number | null;
  dossierCode: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface UserAccount {
  username: string;
  fullName: string;
  title: string;
  unit: string;
  roles: Role[];
  active: boolean;
  disabledAt: string | null;
  systemAccount: boolean;
  hasPassword: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: string | null;
}

export interface CalendarYearInfo {
  year: number;
  status: 'official' | 'provisional';
  origin: 'file' | 'derived';
  source: string | null;
}

export interface CalendarOverview {
  fromYear: number;
  toYear: number;
  provisionalYears: number[];
  years: CalendarYearInfo[];
}

/** An opinion asked of a unit (xin ý kiến); no personal data of the citizen. */
export interface Consultation {
  id: string;
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  step: string | null;
  unit: string;
  role: string | null;
  question: string;
  askedUnit: string;
  askedAt: string;
  dueAt: string;
  overdue: boolean;
  answer: string | null;
  answeredAt: string | null;
}

export interface DossierFile {
  id: string;
  component: string | null;
  kind: 'desk' | 'portal' | 'working';
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  step: string | null;
  attachedBy: string | null;
  attachedAt: string;
  checkedAt: string | null;
  checkedBy: string | null;
}

export interface DossierDocuments {
  code: string;
  components: Array<{
    name: string;
    required: boolean;
    handed: boolean;
    digitised: boolean;
    files: DossierFile[];
  }>;
  working: DossierFile[];
  digitised: boolean;
  totalBytes: number;
  limits: { maxFileBytes: number; maxDossierBytes: number; maxFiles: number; acceptedTypes: string[] };
}

/** GET /dossiers/:code/result: the dossier's signed result document. */
export interface ResultRecord {
  kind: 'result' | 'refusal';
  number: string;
  documentDate: string;
  signerName: string;
  signerTitle: string;
  decision: string;
  source: 'template' | 'upload';
  sha256: string;
  signedAt: string;
  recordedBy: string;
}

/** GET /reports/satisfaction: the citizens' ratings over a period, each criterion's average (1–5). */
export interface SatisfactionReport {
  from: string | null;
  to: string | null;
  count: number;
  averages: {
    overall: number | null;
    onTime: number | null;
    staffAttitude: number | null;
    guidance: number | null;
    facilities: number | null;
  };
  lowShare: number | null;
}
