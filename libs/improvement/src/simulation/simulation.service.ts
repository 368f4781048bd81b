import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG, findProcedure } from '@motcua/catalog';
import { parseProcedure, type ProcedureDefinition } from '@motcua/engine';
import { formatSourceError } from '@motcua/source';
import { simulationPeriod } from './simulation-input.rules';
import { replay } from './simulation-replay.rules';
import { SimulationErrorCode, SimulationException } from './simulation.exception';
import { SimulationRepository } from './simulation.repository';
import type { SimulationRequest, SimulationResult } from './simulation-result.types';

/** Replays a period's dossiers through the current revision and a draft of a procedure (docs/improvement.md). */
@Injectable()
export class SimulationService {
  constructor(
    private readonly db: DataSource,
    private readonly repository: SimulationRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  /** The draft as a validated procedure of the catalog's, refused with its errors by line otherwise. */
  draftOf(text: string): { draft: ProcedureDefinition; current: ProcedureDefinition } {
    const { org, registry } = this.catalog;
    const { procedure, errors } = parseProcedure(text, 'draft.yaml', { org, registry });
    if (!procedure)
      throw new SimulationException(SimulationErrorCode.InvalidDraft, {
        errors: errors.map(formatSourceError),
      });
    if (procedure.steps.some((s) => s.fork || s.branch))
      throw new SimulationException(SimulationErrorCode.NotSimulable);
    const current = findProcedure(this.catalog, procedure.code)?.definition;
    if (!current) throw new SimulationException(SimulationErrorCode.UnknownProcedure);
    return { draft: procedure, current };
  }

  /** The current revision's file of a procedure, a starting draft; `units` as for run. */
  currentFile(code: string, units: string[] | null): { code: string; version: number; text: string } {
    const current = findProcedure(this.catalog, code);
    if (!current) throw new SimulationException(SimulationErrorCode.UnknownProcedure);
    this.checkScope(current.definition, units);
    return { code, version: current.definition.version, text: current.source.text };
  }

  private checkScope(definition: ProcedureDefinition, units: string[] | null): void {
    const agency = definition.agency ?? definition.steps[0].owner.unit;
    if (units && !units.includes(agency)) throw new SimulationException(SimulationErrorCode.Forbidden);
  }

  /** `units`: the reader's (improvementScope), null for all. */
  async run(request: SimulationRequest, units: string[] | null, now: Date): Promise<SimulationResult> {
    const { draft, current } = this.draftOf(request.draft);
    this.checkScope(current, units);
    const period = simulationPeriod(request.from, request.to, now);
    if (!period) throw new SimulationException(SimulationErrorCode.BadPeriod);
    const steps = new Set(draft.steps.map((s) => s.id));
    if (Object.keys(request.assume ?? {}).some((id) => !steps.has(id)))
      throw new SimulationException(SimulationErrorCode.UnknownStep);
    const unitIds = new Set(this.catalog.org.units.map((u) => u.id));
    if (Object.keys(request.staff ?? {}).some((u) => !unitIds.has(u)))
      throw new SimulationException(SimulationErrorCode.UnknownUnit);

    const revision = await this.repository.revisionId(this.db, current.code, current.version);
    const [rows, trajectories, staffRows] = revision
      ? await Promise.all([
          this.repository.arrivals(this.db, revision, period.from, period.to),
          this.repository.trajectories(this.db, revision, period.from, period.to),
          this.repository.staff(this.db),
        ])
      : [[], [], await this.repository.staff(this.db)];
    try {
      return replay(
        { current, draft, rows, trajectories, staffRows, period, request },
        this.catalog.calendar,
      );
    } catch (error) {
      if (error instanceof RangeError && /outside the calendar's coverage/.test(error.message))
        throw new SimulationException(SimulationErrorCode.CalendarYearNotCovered, { reason: error.message });
      throw error;
    }
  }
}
