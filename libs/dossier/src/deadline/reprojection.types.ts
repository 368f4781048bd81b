import type { EntityManager } from 'typeorm';
import type { DossierEntity } from '../dossier.entity';
import type { Reprojection } from './reprojection.plan';

/**
 * Tells the owner of a dossier's step that a calendar change moved its due instants, inside the move's transaction.
 * Declared here and provided by libs/notification (which depends on this library).
 */
export interface ReprojectionNotifier {
  notify(
    manager: EntityManager,
    dossier: DossierEntity,
    reprojection: Reprojection,
    version: number,
    now: Date,
  ): Promise<void>;
}

export const REPROJECTION_NOTIFIER = Symbol('REPROJECTION_NOTIFIER');
