import { Injectable } from '@nestjs/common';
import { ProcedureRevisions } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { type AuthUser, canReassign, isEligibleAssignee, toAuthUser, UserRepository } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTracker } from '../deadline/deadline-tracker.service';
import { actorOf } from './actor';
import type { AssignDto } from './dossier-action.dto';
import { DossierReader } from './dossier.reader';

/** A head hands the current step to one officer of the unit; the step clock keeps running. */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly reader: DossierReader,
    private readonly users: UserRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    private readonly revisions: ProcedureRevisions,
    private readonly deadlines: DeadlineTracker,
  ) {}

  async assign(user: AuthUser, code: string, dto: AssignDto): Promise<DossierEntity> {
    const dossier = await this.reader.readable(user, code);
    const owner =
      dossier.stepOwnerUnit && dossier.stepOwnerRole
        ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole }
        : null;
    if (!owner || !canReassign(user, owner)) {
      throw new DossierException(
        DossierErrorCode.NotStepOwner,
        owner
          ? `only a head of ${owner.unit} reassigns step '${dossier.step}'`
          : `dossier ${code} has no step to assign`,
      );
    }
    const target = await this.users.findByUsername(dto.username);
    if (!target || !isEligibleAssignee({ ...toAuthUser(target), active: target.active }, owner)) {
      throw new DossierException(
        DossierErrorCode.InvalidAssignee,
        `username: '${dto.username}' is not an active ${owner.role} of ${owner.unit}`,
      );
    }
    const now = this.clock.now();
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    await this.dossiers.transaction(async (manager) => {
      const version = await this.dossiers.update(manager, dossier.id, dto.expectedVersion, {
        assigneeId: target.id,
        lastActivityAt: now,
      });
      if (version === null) {
        const current = await this.dossiers.findById(dossier.id, manager);
        throw new DossierException(
          DossierErrorCode.VersionConflict,
          `dossier ${code} is at version ${current!.version}, not ${dto.expectedVersion}: reload it and try again`,
          { currentVersion: current!.version },
        );
      }
      await this.dossiers.appendEvent(manager, {
        dossierId: dossier.id,
        version,
        action: 'assign',
        fromStep: dossier.step,
        toStep: dossier.step,
        fromStatus: dossier.status,
        toStatus: dossier.status,
        ...actorOf(user, 'head'),
        payload: { assignee: target.username, previousAssigneeId: dossier.assigneeId },
        occurredAt: now,
        stepStartedAt: dossier.stepStartedAt,
        stepDueAt: dossier.stepDueAt,
      });
      const after = { ...dossier, assigneeId: target.id, lastActivityAt: now, version };
      await this.deadlines.apply(manager, after, definition, now);
    });
    this.metrics.transition('assign');
    return (await this.dossiers.findById(dossier.id))!;
  }
}
