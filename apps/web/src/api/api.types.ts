// The api's views and bodies, as the console names them: each is the contract's type (libs/contract, generated
// from the api's OpenAPI document by `npm run api:types`).
import type { components } from '../../../../libs/contract/src/api';

type Schemas = components['schemas'];

export type SessionUser = Schemas['SessionUserDto'];
export type Role = SessionUser['roles'][number];
export type Flags = Schemas['DossierFlagsView'];
export type StepOwner = Schemas['StepOwnerView'];
export type Applicant = Schemas['ApplicantDto'];
export type HandedDocument = Schemas['HandedDocumentDto'];
export type DossierView = Schemas['DossierView'];
export type DossierBranch = Schemas['BranchView'];
export type DossierListItem = Schemas['DossierListItemView'];
export type ControlSheetRow = Schemas['ControlSheetRow'];
export type TimeLimit = Schemas['TimeLimitView'];
export type ProcedureStep = Schemas['ProcedureStepView'];
export type ProcedureDocument = Schemas['ProcedureDocumentView'];
export type PendingRevision = Schemas['PendingRevisionView'];
export type ProcedureSummary = Schemas['ProcedureSummaryView'];
export type Fee = Schemas['FeeView'];
export type FeeStatement = Schemas['FeeStatementView'];
export type Payment = Schemas['PaymentView'];
export type ResultCollector = Schemas['ResultCollectorView'];
export type ProcedureDetail = Schemas['ProcedureDetailView'];
export type OrgUnit = Schemas['OrgUnitView'];
export type OrgUser = Schemas['OrgUserView'];
export type ReceiveResult = Schemas['ReceiptView'];
export type HandlingCounts = Schemas['HandlingCounts'];
export type HandlingReport = Schemas['HandlingReport'];
export type TrendReport = Schemas['TrendReport'];
export type BacklogRow = Schemas['BacklogRow'];
export type BacklogReport = Schemas['BacklogReport'];
export type NotificationView = Schemas['NotificationView'];
export type UserAccount = Schemas['UserAccountView'];
export type CalendarYearInfo = Schemas['CalendarYearView'];
export type CalendarOverview = Schemas['CalendarView'];
export type Consultation = Schemas['ConsultationView'];
export type DossierFile = Schemas['DocumentView'];
export type DossierDocuments = Schemas['DossierDocumentsView'];
export type ResultRecord = Schemas['ResultView'];
export type SatisfactionReport = Schemas['SatisfactionReport'];
