import type { WorkingCalendar } from '@motcua/calendar';
import type { ProcedureRevision } from '@motcua/catalog';
import type { Organization } from '@motcua/engine';
import type { OutboxItem } from '@motcua/queue';
import type { BranchRow, DossierBranchEntity } from '../dossier-branch.entity';
import type { DossierEntity } from '../dossier.entity';
import type { DossierPatch } from '../dossier.repository';
import type { EventDraft, PauseDraft } from '../ledger/dossier.plan';

/** What an action is planned from besides the request and the actor: the row as read and where it lives. */
export interface ActionContext {
  dossier: DossierEntity;
  revision: Pick<ProcedureRevision, 'definition' | 'compiled'>;
  org: Organization;
  calendar: WorkingCalendar;
  now: Date;
  /** The dossier's branch rows when it is in a fork (read only then). */
  branches?: DossierBranchEntity[];
}

/** The part of an action's plan that depends on the action: the columns, the event's, the wait, the jobs. */
export interface ActionChange {
  patch: DossierPatch;
  event: Partial<EventDraft> & Pick<EventDraft, 'toStatus'>;
  openPause?: PauseDraft;
  closePause?: { dueAfter: Date | null };
  jobs?: OutboxItem[];
  /** Branch rows of a fork the change writes. */
  branches?: BranchRow[];
}

/** The center's reception cut-off: a dossier received after it starts its clock the next working day. */
export const centerCutoff = (org: Organization): string | null => org.center.cutoff ?? null;
