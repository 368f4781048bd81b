import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import { DossierReaderService } from '../command/dossier-reader.service';
import { DossierRepository } from '../dossier.repository';
import { decision766Timeliness, decreeTimeliness, type TimelinessVerdict } from '../dossier-timeliness.rules';
import { statutoryClock } from '../dossier-timing.rules';

export class TimelinessVerdictView {
  @ApiProperty({ enum: ['early', 'on_time', 'late', 'within_deadline', 'overdue'] }) status!: string;
  @ApiProperty({ description: 'working minutes counted against the limit' }) usedMinutes!: number;
  @ApiProperty({ description: 'working minutes the limit allows' }) allowedMinutes!: number;
}

export class TimelinessView {
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null until the dossier is accepted' })
  firstAppointmentAt!: string | null;
  @ApiProperty({
    type: TimelinessVerdictView,
    nullable: true,
    description: 'Decree 118/2025: restart after a supplement',
  })
  decree!: TimelinessVerdict | null;
  @ApiProperty({
    type: TimelinessVerdictView,
    nullable: true,
    description: 'Decision 766: the wait is subtracted',
  })
  decision766!: TimelinessVerdict | null;
  @ApiProperty() pauses!: Array<{ startedAt: string; endedAt: string | null; reason: string }>;
}

/** A dossier judged by both rules the law uses, from its stored pause intervals. */
@Injectable()
export class TimelinessService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly dossiers: DossierRepository,
    private readonly reader: DossierReaderService,
    private readonly clock: Clock,
  ) {}

  async of(user: AuthUser, code: string): Promise<TimelinessView> {
    const dossier = await this.reader.readable(user, code);
    const pauses = await this.dossiers.pauses(dossier.id);
    const pauseViews = pauses.map((p) => ({
      startedAt: toVietnamIso(p.startedAt),
      endedAt: p.endedAt ? toVietnamIso(p.endedAt) : null,
      reason: p.reason,
    }));
    // Refused, withdrawn or stopped dossiers are neither resolved nor pending: no verdict.
    const judged = !['refused', 'withdrawn', 'stopped'].includes(dossier.status);
    if (!judged || !dossier.acceptedAt || !dossier.clockStartedAt || !dossier.dueAt) {
      return { code, firstAppointmentAt: null, decree: null, decision766: null, pauses: pauseViews };
    }
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const { calendar, org } = this.catalog;
    // The first clock is the one reception gave: recomputed from the acceptance instant, as it was then.
    const first = statutoryClock(calendar, definition, org.center.cutoff ?? null, dossier.acceptedAt);
    const extension = (await this.dossiers.events(dossier.id)).filter((e) => e.action === 'extend').at(-1);
    const previousDue = extension?.payload.previousDueAt;
    const input = {
      firstClockStartedAt: first.clockStartedAt,
      firstDueAt: first.dueAt,
      clockStartedAt: dossier.clockStartedAt,
      dueAt: dossier.dueAt,
      dueBeforeExtension: typeof previousDue === 'string' ? new Date(previousDue) : null,
      pauses: pauses.map((p) => ({ startedAt: p.startedAt, endedAt: p.endedAt })),
      finishedAt: dossier.status === 'done' ? dossier.finishedAt : null,
    };
    const now = this.clock.now();
    return {
      code,
      firstAppointmentAt: toVietnamIso(first.dueAt),
      decree: decreeTimeliness(calendar, input, now),
      decision766: decision766Timeliness(calendar, input, now),
      pauses: pauseViews,
    };
  }
}
