import type { EntityManager } from 'typeorm';
import type { OutboxItem } from '@motcua/queue';

/**
 * What a state change hands to the portal sync: the dossier as it is after the change, and the change's event.
 * Declared beside the ledger that calls it, as CITIZEN_NOTICES is: libs/portal implements it and depends on
 * libs/dossier, never the other way round.
 */
export interface PortalSyncAppender {
  /**
   * Writes the message and appends its delivery job after `jobs`, the state change's other outbox jobs (in their
   * order), in one statement.
   */
  append(
    manager: EntityManager,
    dossier: { id: string },
    event: { version: number },
    jobs?: OutboxItem[],
  ): Promise<void>;

  /**
   * The message of a dossier's first change (nothing recorded before it), for the statement that writes the new
   * dossier and draws its code: the code goes into the payload at `codeAt`.
   */
  firstMessage(
    manager: EntityManager,
    dossier: { id: string },
    event: { version: number },
  ): Promise<FirstSyncMessage>;
}

export interface FirstSyncMessage {
  seq: number;
  payload: unknown;
  codeAt: string[];
  /** Its delivery job. */
  job: OutboxItem;
}

/** Injection token of the PortalSyncAppender (provided globally by libs/portal's PortalSyncModule in the api and PortalSyncWorkerModule in the worker). */
export const PORTAL_SYNC = Symbol('PORTAL_SYNC');
