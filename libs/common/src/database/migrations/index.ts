// Listed explicitly (not globbed) so the same list works from sources, from dist and in tests. Append only.
import { ProcedureVersions1763740800000 } from './1763740800000-ProcedureVersions';
import { Users1763740900000 } from './1763740900000-Users';
import { Dossiers1763741000000 } from './1763741000000-Dossiers';
import { Deadlines1763741100000 } from './1763741100000-Deadlines';
import { Notifications1763741200000 } from './1763741200000-Notifications';
import { PortalInbound1763741300000 } from './1763741300000-PortalInbound';
import { PortalSync1763741400000 } from './1763741400000-PortalSync';
import { Ratings1763741500000 } from './1763741500000-Ratings';
import { InboxOrder1763741640000 } from './1763741640000-InboxOrder';
import { ExtensionEvents1765000240000 } from './1765000240000-ExtensionEvents';
import { SupplementWait1765000450000 } from './1765000450000-SupplementWait';
import { ReachedUnits1765000600000 } from './1765000600000-ReachedUnits';
import { AccessLog1765000610000 } from './1765000610000-AccessLog';
import { AccountSecurity1765000500000 } from './1765000500000-AccountSecurity';
import { CalendarReprojection1765000150000 } from './1765000150000-CalendarReprojection';
import { CalendarNotificationKind1765000451000 } from './1765000451000-CalendarNotificationKind';
import { DossierLookupKey1765000710000 } from './1765000710000-DossierLookupKey';
import { NamesInNfc1765000720000 } from './1765000720000-NamesInNfc';
import { ReceptionIdempotency1765000730000 } from './1765000730000-ReceptionIdempotency';
import { PortalSubmission1765000740000 } from './1765000740000-PortalSubmission';
import { DeadlinePass1765000950000 } from './1765000950000-DeadlinePass';
import { InboxCovering1765000900000 } from './1765000900000-InboxCovering';
import { DailyCodeLimit1765000850000 } from './1765000850000-DailyCodeLimit';
import { FlaggedInstants1765000960000 } from './1765000960000-FlaggedInstants';
import { DossierWorkingTime1765001000000 } from './1765001000000-DossierWorkingTime';
import { LimitExtensions1765103000000 } from './1765103000000-LimitExtensions';
import { DossierConsultation1765102000000 } from './1765102000000-DossierConsultation';
import { DossierBranches1765104000000 } from './1765104000000-DossierBranches';
import { CitizenNotice1765281000000 } from './1765281000000-CitizenNotice';
import { InboxOverdueFirst1765360000000 } from './1765360000000-InboxOverdueFirst';
import { FoldedSearch1765370000000 } from './1765370000000-FoldedSearch';
import { TimePartitions1765400000000 } from './1765400000000-TimePartitions';
import { NotificationPartitions1765405000000 } from './1765405000000-NotificationPartitions';
import { ProcedureEffectiveFrom1765101000000 } from './1765101000000-ProcedureEffectiveFrom';
import { DossierFiles1765250000000 } from './1765250000000-DossierFiles';
import { DossierResult1765262000000 } from './1765262000000-DossierResult';
import { DossierPayments1765271000000 } from './1765271000000-DossierPayments';
import { PostgresCounters1765420000000 } from './1765420000000-PostgresCounters';
import { StepPickUp1765460000000 } from './1765460000000-StepPickUp';
import { DossierRevisionCovering1765460100000 } from './1765460100000-DossierRevisionCovering';

export const MIGRATIONS = [
  ProcedureVersions1763740800000,
  Users1763740900000,
  Dossiers1763741000000,
  Deadlines1763741100000,
  Notifications1763741200000,
  PortalInbound1763741300000,
  PortalSync1763741400000,
  Ratings1763741500000,
  InboxOrder1763741640000,
  ExtensionEvents1765000240000,
  SupplementWait1765000450000,
  ReachedUnits1765000600000,
  AccessLog1765000610000,
  AccountSecurity1765000500000,
  CalendarReprojection1765000150000,
  CalendarNotificationKind1765000451000,
  DossierLookupKey1765000710000,
  NamesInNfc1765000720000,
  ReceptionIdempotency1765000730000,
  PortalSubmission1765000740000,
  DeadlinePass1765000950000,
  InboxCovering1765000900000,
  DailyCodeLimit1765000850000,
  FlaggedInstants1765000960000,
  DossierWorkingTime1765001000000,
  LimitExtensions1765103000000,
  DossierConsultation1765102000000,
  DossierBranches1765104000000,
  ProcedureEffectiveFrom1765101000000,
  DossierFiles1765250000000,
  DossierResult1765262000000,
  DossierPayments1765271000000,
  CitizenNotice1765281000000,
  InboxOverdueFirst1765360000000,
  FoldedSearch1765370000000,
  TimePartitions1765400000000,
  NotificationPartitions1765405000000,
  PostgresCounters1765420000000,
  StepPickUp1765460000000,
  DossierRevisionCovering1765460100000,
];
