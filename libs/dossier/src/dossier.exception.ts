import { AppException } from '@motcua/common';

export enum DossierErrorCode {
  NotFound = 'DOSSIER_NOT_FOUND',
  UnknownProcedure = 'UNKNOWN_PROCEDURE',
  MissingDocuments = 'MISSING_DOCUMENTS',
  UnknownDocument = 'UNKNOWN_DOCUMENT',
  NotReceptionUnit = 'NOT_RECEPTION_UNIT',
  VersionConflict = 'VERSION_CONFLICT',
  ActionNotAllowed = 'ACTION_NOT_ALLOWED',
  GuardFailed = 'GUARD_FAILED',
  NotStepOwner = 'NOT_STEP_OWNER',
  NotOnRoute = 'NOT_ON_ROUTE',
  ReasonRequired = 'REASON_REQUIRED',
  InvalidAppointment = 'INVALID_APPOINTMENT',
  NotYetStarted = 'NOT_YET_STARTED',
  InvalidAssignee = 'INVALID_ASSIGNEE',
  DailyLimit = 'DAILY_SEQUENCE_EXHAUSTED',
  InvalidCursor = 'INVALID_CURSOR',
  AlreadyExtended = 'ALREADY_EXTENDED',
  AccessLogFilterRequired = 'ACCESS_LOG_FILTER_REQUIRED',
  InvalidIdempotencyKey = 'INVALID_IDEMPOTENCY_KEY',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  UnknownRevision = 'UNKNOWN_REVISION',
  InvalidStepMapping = 'INVALID_STEP_MAPPING',
  NotMigratable = 'NOT_MIGRATABLE',
  UnknownUnit = 'UNKNOWN_UNIT',
  TransferNotAllowed = 'TRANSFER_NOT_ALLOWED',
  TransferSameAgency = 'TRANSFER_SAME_AGENCY',
  ConsultationOpen = 'CONSULTATION_OPEN',
  ConsultationNotFound = 'CONSULTATION_NOT_FOUND',
  ConsultationAnswered = 'CONSULTATION_ANSWERED',
  NotConsulted = 'NOT_CONSULTED',
  BranchRequired = 'BRANCH_REQUIRED',
  BranchNotOpen = 'BRANCH_NOT_OPEN',
  FeesUnpaid = 'FEES_UNPAID',
  PaymentNotCollected = 'PAYMENT_NOT_COLLECTED',
  PaymentNotOpen = 'PAYMENT_NOT_OPEN',
  Overpayment = 'OVERPAYMENT',
  ReceiptNumberTaken = 'RECEIPT_NUMBER_TAKEN',
  CollectorRequired = 'COLLECTOR_REQUIRED',
  CollectorNotApplicant = 'COLLECTOR_NOT_APPLICANT',
  InvalidCollector = 'INVALID_COLLECTOR',
}

export class DossierException extends AppException<DossierErrorCode> {}

/** Another change got to the dossier first: the client reloads it (`currentVersion`) and tries again. */
export function versionConflict(code: string, current: number, expected: number): DossierException {
  return new DossierException(
    DossierErrorCode.VersionConflict,
    `dossier ${code} is at version ${current}, not ${expected}: reload it and try again`,
    { currentVersion: current },
  );
}
