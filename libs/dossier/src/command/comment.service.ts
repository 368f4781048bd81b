import { Injectable } from '@nestjs/common';
import { ProcedureRevisions } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTracker } from '../deadline/deadline-tracker.service';
import { actorOf } from './actor';
import type { CommentDto } from './comment.dto';
import { DossierReader } from './dossier.reader';

/**
 * A note on the control sheet by a unit on the dossier's route. It is activity: the dossier is no longer idle
 * (its stall clock restarts and a `stalled` flag clears). No expected version: a comment conflicts with nothing,
 * so it waits for the row instead.
 */
@Injectable()
export class CommentService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly reader: DossierReader,
    private readonly revisions: ProcedureRevisions,
    private readonly deadlines: DeadlineTracker,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async comment(user: AuthUser, code: string, dto: CommentDto): Promise<DossierEntity> {
    const found = await this.reader.readable(user, code);
    if (user.unitId !== found.receivingUnit && !found.reachedUnits.includes(user.unitId)) {
      throw new DossierException(
        DossierErrorCode.NotOnRoute,
        `only the receiving unit and the units ${code} has reached comment on it`,
      );
    }
    const { definition } = await this.revisions.get(found.procedureVersionId);
    await this.dossiers.transaction(async (manager) => {
      const dossier = (await this.dossiers.lockById(manager, found.id))!;
      const now = this.clock.now();
      const version = (await this.dossiers.update(manager, dossier.id, dossier.version, {
        lastActivityAt: now,
      }))!;
      await this.dossiers.appendEvent(manager, {
        dossierId: dossier.id,
        version,
        action: 'comment',
        fromStep: dossier.step,
        toStep: dossier.step,
        fromStatus: dossier.status,
        toStatus: dossier.status,
        ...actorOf(user, dossier.stepOwnerRole),
        comment: dto.text,
        occurredAt: now,
        stepStartedAt: dossier.stepStartedAt,
        stepDueAt: dossier.stepDueAt,
      });
      await this.deadlines.apply(manager, { ...dossier, lastActivityAt: now, version }, definition, now);
    });
    this.metrics.transition('comment');
    return (await this.dossiers.findById(found.id))!;
  }
}
