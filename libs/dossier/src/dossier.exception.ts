import { HttpStatus } from '@nestjs/common';
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

const STATUS: Record<DossierErrorCode, HttpStatus> = {
  [DossierErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [DossierErrorCode.UnknownProcedure]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.MissingDocuments]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.UnknownDocument]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.NotReceptionUnit]: HttpStatus.FORBIDDEN,
  [DossierErrorCode.VersionConflict]: HttpStatus.CONFLICT,
  [DossierErrorCode.ActionNotAllowed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.GuardFailed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.NotStepOwner]: HttpStatus.FORBIDDEN,
  [DossierErrorCode.NotOnRoute]: HttpStatus.FORBIDDEN,
  [DossierErrorCode.ReasonRequired]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.InvalidAppointment]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.NotYetStarted]: HttpStatus.CONFLICT,
  [DossierErrorCode.InvalidAssignee]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.DailyLimit]: HttpStatus.CONFLICT,
  [DossierErrorCode.InvalidCursor]: HttpStatus.BAD_REQUEST,
  [DossierErrorCode.AlreadyExtended]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.AccessLogFilterRequired]: HttpStatus.BAD_REQUEST,
  [DossierErrorCode.InvalidIdempotencyKey]: HttpStatus.BAD_REQUEST,
  [DossierErrorCode.IdempotencyKeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.UnknownRevision]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.InvalidStepMapping]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.NotMigratable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.UnknownUnit]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.TransferNotAllowed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.TransferSameAgency]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.ConsultationOpen]: HttpStatus.CONFLICT,
  [DossierErrorCode.ConsultationNotFound]: HttpStatus.NOT_FOUND,
  [DossierErrorCode.ConsultationAnswered]: HttpStatus.CONFLICT,
  [DossierErrorCode.NotConsulted]: HttpStatus.FORBIDDEN,
  [DossierErrorCode.BranchRequired]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.BranchNotOpen]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.FeesUnpaid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.PaymentNotCollected]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.PaymentNotOpen]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.Overpayment]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.ReceiptNumberTaken]: HttpStatus.CONFLICT,
  [DossierErrorCode.CollectorRequired]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.CollectorNotApplicant]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DossierErrorCode.InvalidCollector]: HttpStatus.UNPROCESSABLE_ENTITY,
};

export class DossierException extends AppException {
  constructor(code: DossierErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS[code], details);
  }
}

/** Another change got to the dossier first: the client reloads it (`currentVersion`) and tries again. */
export function versionConflict(code: string, current: number, expected: number): DossierException {
  return new DossierException(
    DossierErrorCode.VersionConflict,
    `dossier ${code} is at version ${current}, not ${expected}: reload it and try again`,
    { currentVersion: current },
  );
}
