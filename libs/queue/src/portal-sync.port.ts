import type { EntityManager } from 'typeorm';
import type { OutboxItem } from './outbox.repository';

/**
 * What a state change hands to the portal sync: the dossier as it is after the change, and the change's event.
 * Declared here, not in libs/portal, so that libs/dossier can call the writer without importing libs/portal
 * (which depends on libs/dossier).
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
}

/** Injection token of the PortalSyncAppender (provided by the portal sync modules of the api and the worker). */
export const PORTAL_SYNC = Symbol('PORTAL_SYNC');
