import type { EntityManager } from 'typeorm';

/**
 * What a state change hands to the portal sync: the dossier as it is after the change, and the change's event.
 * Declared here, not in libs/portal, so that libs/dossier can call the writer without importing libs/portal
 * (which depends on libs/dossier).
 */
export interface PortalSyncAppender {
  append(manager: EntityManager, dossier: { id: string }, event: { version: number }): Promise<void>;
}

/** Injection token of the PortalSyncAppender (provided by the portal sync modules of the api and the worker). */
export const PORTAL_SYNC = Symbol('PORTAL_SYNC');
