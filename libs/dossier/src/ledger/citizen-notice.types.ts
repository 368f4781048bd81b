import type { OutboxItem } from '@motcua/queue';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';
import type { DependentRow } from './new-dossier.sql';

/** A committed change as the citizen's notices read it: the row as the change left it, and its event. */
export interface CitizenNoticeChange {
  dossier: Pick<DossierEntity, 'id' | 'applicant' | 'dueAt'>;
  event: Pick<DossierEventEntity, 'action' | 'fromStatus' | 'toStatus' | 'payload' | 'occurredAt'>;
  version: number;
}

/**
 * What a change owes the citizen (SMS, e-mail): rows written in the change's own transaction and their delivery
 * jobs, none for most changes. Declared here so that the ledger calls libs/notification without importing it.
 */
export interface CitizenNoticePlanner {
  plan(change: CitizenNoticeChange): { rows: DependentRow[]; jobs: OutboxItem[] };
}

/** Injection token of the CitizenNoticePlanner (provided globally by libs/notification's CitizenNoticeModule). */
export const CITIZEN_NOTICES = Symbol('CITIZEN_NOTICES');
