import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG } from '@motcua/catalog';
import type { DossierEntity } from '@motcua/dossier';
import type { ProcedureDefinition } from '@motcua/engine';
import { type UserEntity, UserRepository } from '@motcua/identity';
import type { FlagRow } from './escalation.repository';
import type { EscalationLevel } from './notification.types';
import {
  apologyRecipients,
  centerSupervisors,
  leaderUnits,
  type Recipient,
  stepOwners,
  unitChain,
  unitHeads,
  type UsersByUnit,
} from './recipient.rules';

const toRecipient = (u: UserEntity): Recipient => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  unitId: u.unitId,
  roles: u.roles,
});

/** Loads the active users the recipient rules ask about. */
@Injectable()
export class RecipientService {
  constructor(
    private readonly users: UserRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  /**
   * Level 1: the owner of the flagged step (as recorded on the flag, else the dossier's current step), its
   * assignee when the dossier is still at that step; 2: whoever answers for that unit; 3: the center's supervisors.
   */
  async forEscalation(level: EscalationLevel, flag: FlagRow, dossier: DossierEntity): Promise<Recipient[]> {
    const owner =
      flag.ownerUnit && flag.ownerRole
        ? { unit: flag.ownerUnit, role: flag.ownerRole }
        : dossier.stepOwnerUnit && dossier.stepOwnerRole
          ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole }
          : null;
    if (level === 3) {
      const chain = unitChain(this.catalog.org, dossier.receivingUnit);
      return centerSupervisors(await this.byUnit(chain), this.catalog.org, dossier.receivingUnit);
    }
    if (!owner) return [];
    const byUnit = await this.byUnit([owner.unit]);
    if (level === 2) return unitHeads(byUnit, owner.unit);
    const atFlaggedStep = flag.step === null || flag.step === dossier.step;
    const assignee =
      atFlaggedStep && dossier.assigneeId ? await this.users.findById(dossier.assigneeId) : null;
    return stepOwners(byUnit, owner, assignee?.active ? toRecipient(assignee) : null);
  }

  async forApology(dossier: DossierEntity, definition: ProcedureDefinition): Promise<Recipient[]> {
    const stepUnit = dossier.stepOwnerUnit ?? dossier.receivingUnit;
    const byUnit = await this.byUnit([stepUnit, ...leaderUnits(definition)]);
    return apologyRecipients(byUnit, stepUnit, definition);
  }

  /** The owner of the dossier's current step: its assignee when there is one, else the holders of its role. */
  forStep(dossier: DossierEntity): Promise<Recipient[]> {
    return this.forOwner(dossier.stepOwnerUnit, dossier.stepOwnerRole, dossier.assigneeId);
  }

  /** The owner of a step (the dossier's, or a branch's): its assignee when there is one, else the role's holders. */
  async forOwner(unit: string | null, role: string | null, assigneeId: string | null): Promise<Recipient[]> {
    if (!unit || !role) return [];
    const assignee = assigneeId ? await this.users.findById(assigneeId) : null;
    return stepOwners(
      await this.byUnit([unit]),
      { unit, role },
      assignee?.active ? toRecipient(assignee) : null,
    );
  }

  async byId(id: string): Promise<Recipient | null> {
    const user = await this.users.findById(id);
    return user ? toRecipient(user) : null;
  }

  private async byUnit(units: string[]): Promise<UsersByUnit> {
    const distinct = [...new Set(units)];
    const lists = await Promise.all(distinct.map((unit) => this.users.findActiveByUnit(unit)));
    return new Map(distinct.map((unit, i) => [unit, lists[i].map(toRecipient)]));
  }
}
