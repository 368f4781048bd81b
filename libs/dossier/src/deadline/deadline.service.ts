import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTrackerService } from './deadline-tracker.service';
import { DeadlineSweepRepository } from './deadline-sweep.repository';
import type { Flag } from './deadline.rules';

export type CheckOutcome =
  | { checked: true; flags: Flag[]; next: Date | null }
  | { checked: false; reason: 'superseded'; version: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The worker's side of the tracker: a timer, or the sweep, re-reads the dossier under a row lock and applies it
 * at the current time. Neither bumps the version nor writes anything but the deadline columns and flags, so a
 * state change committed meanwhile is never overwritten.
 */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly revisions: ProcedureRevisionsService,
    private readonly tracker: DeadlineTrackerService,
    private readonly sweeps: DeadlineSweepRepository,
    private readonly clock: Clock,
  ) {}

  /** The timer of a state change (or of an earlier timer); a later state change scheduled its own. */
  async check(dossierId: string, version: number): Promise<CheckOutcome> {
    if (typeof dossierId !== 'string' || !UUID.test(dossierId) || !Number.isInteger(version)) {
      throw new UnrecoverableError(`check-deadlines: ${JSON.stringify({ dossierId, version })} is not valid`);
    }
    return this.refresh(dossierId, version);
  }

  /** Applies the tracker to one dossier under its row lock; with `version`, only if the row is still at it. */
  refresh(dossierId: string, version?: number): Promise<CheckOutcome> {
    return this.dossiers.transaction(async (manager) => {
      const dossier = await this.dossiers.lockById(manager, dossierId);
      if (!dossier) throw new UnrecoverableError(`dossier ${dossierId} does not exist`);
      if (version !== undefined && dossier.version !== version) {
        return { checked: false as const, reason: 'superseded' as const, version: dossier.version };
      }
      const { definition } = await this.revisions.get(dossier.procedureVersionId);
      const plan = await this.tracker.apply(manager, dossier, definition, this.clock.now(), {
        followUp: true,
      });
      return { checked: true as const, flags: plan.flags.map((f) => f.flag), next: plan.nextCheckAt };
    });
  }

  /**
   * `refresh` for many dossiers in one transaction: their rows locked in id order (so two sweeps cannot
   * deadlock), the tracker applied to all of them together. Returns the ids that exist (and were applied).
   */
  refreshMany(dossierIds: string[]): Promise<string[]> {
    return this.dossiers.transaction(async (manager) => {
      const dossiers = await this.sweeps.lockRows(manager, dossierIds);
      const items = [];
      for (const dossier of dossiers) {
        items.push({
          dossier,
          definition: (await this.revisions.get(dossier.procedureVersionId)).definition,
        });
      }
      await this.tracker.applyMany(manager, items, this.clock.now(), { followUp: true });
      return dossiers.map((d) => d.id);
    });
  }
}
