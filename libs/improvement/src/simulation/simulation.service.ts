import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG, findProcedure } from '@motcua/catalog';
import { parseProcedure, type ProcedureDefinition } from '@motcua/engine';
import { formatSourceError } from '@motcua/source';
import { buildModel, serversOf } from './simulation-model.rules';
import { judgeOutcomes, reproductionCheck } from './simulation-figures.rules';
import {
  axisOf,
  monthEndsOf,
  observeSteps,
  prepareArrivals,
  simulationPeriod,
} from './simulation-input.rules';
import { SimulationErrorCode, SimulationException } from './simulation.exception';
import { SimulationRepository } from './simulation.repository';
import { simulate } from './simulation.rules';
import { LATE_CODES_SHOWN, type SimulationRequest, type SimulationResult } from './simulation-result.types';
import { loadView, type StaffCount, staffOf } from './simulation-view.rules';

export const DEFAULT_SEED = 42;

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
    const { calendar } = this.catalog;
    const axis = axisOf(calendar, period.from);
    const end = axis(period.asOf);
    const monthEnds = monthEndsOf(period, axis);
    const { steps: observed, dossiers } = observeSteps(trajectories, rows, axis, period.asOf);
    const now_ = prepareArrivals(rows, calendar, axis, current.deadline);
    const next = prepareArrivals(rows, calendar, axis, draft.deadline);
    const seed = request.seed ?? DEFAULT_SEED;

    const today: StaffCount = staffOf(current, staffRows, {});
    const draftToday: StaffCount = staffOf(draft, staffRows, {});
    const planned: StaffCount = staffOf(draft, staffRows, request.staff ?? {});
    const currentRun = simulate(buildModel(current, observed, {}, {}, dossiers).model, now_.arrivals, seed);
    const peaks = Object.fromEntries(currentRun.steps.map((s) => [s.stepId, s.peakInWork]));
    const servers = serversOf(
      draft.steps.map((s) => s.id),
      peaks,
      today,
      planned,
    );
    const built = buildModel(draft, observed, servers, request.assume ?? {}, dossiers);
    const draftRun = simulate(built.model, next.arrivals, seed);

    const judge = (due: (i: number) => number, finish: (i: number) => number | null) => {
      const f = judgeOutcomes(now_.arrivals, due, finish, end, monthEnds);
      return { ...f, lateCodes: f.lateCodes.slice(0, LATE_CODES_SHOWN) };
    };
    const actual = judge(
      (i) => now_.actualDue[i],
      (i) => now_.actualFinish[i],
    );
    const currentFigures = judge(
      (i) => now_.arrivals[i].due,
      (i) => currentRun.finish[i],
    );
    const draftFigures = judge(
      (i) => next.arrivals[i].due,
      (i) => draftRun.finish[i],
    );
    const loadOf = (run: typeof currentRun, id: string, places: number) => {
      const load = run.steps.find((s) => s.stepId === id);
      return load ? loadView(load, places, end) : null;
    };
    return {
      procedureCode: current.code,
      procedureName: current.name,
      currentVersion: current.version,
      draftVersion: draft.version,
      from: request.from,
      to: request.to,
      asOf: toVietnamIso(period.asOf),
      seed,
      actual,
      current: currentFigures,
      draft: draftFigures,
      check: reproductionCheck(actual, currentFigures),
      steps: draft.steps.map((s, k) => ({
        ...built.notes[k],
        stepName: s.name,
        unit: s.owner.unit,
        role: s.owner.role,
        officersToday: draftToday[s.id],
        officers: planned[s.id],
        current: loadOf(currentRun, s.id, peaks[s.id] ?? 0),
        draft: loadOf(draftRun, s.id, servers[s.id]),
      })),
    };
  }
}
