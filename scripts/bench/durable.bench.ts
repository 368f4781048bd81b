import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { applyEvent, startDossier } from '@motcua/engine';
import { statusOf } from '@motcua/dossier';
import { DossierActionService } from '../../libs/dossier/src/command/dossier-action.service';
import { apiContext, type BenchBackend, QUEUE_BACKENDS, useBenchServices } from './core-app';
import { cloneDossiers, lastOutboxId, removeDossiers, startedTemplate } from './core-dossiers';
import { addTally, drive, perSecond, type Tally } from './core-drive';
import { type RawMove, RawTransitions } from './core-raw-transition';
import { ROUTE_PAYLOAD, routeOf } from './core-route';
import { type ServiceMove, ServiceTransitions } from './core-service-transition';
import { userFor } from './core-users';
import type { Benchmark, BenchContext, Figure } from './bench.types';

const PROCEDURE = '2.000908';
const ACTORS = 10;

const split = <T>(items: T[], parts: number): T[][] =>
  Array.from({ length: parts }, (_, i) => items.filter((_, j) => j % parts === i));

/** The route through the procedure, as service calls (with their officers) and as precomputed raw writes. */
async function movesOf(app: INestApplicationContext): Promise<{ service: ServiceMove[]; raw: RawMove[] }> {
  const { definition, compiled } = app
    .get<Catalog>(CATALOG)
    .procedures.find((p) => p.definition.code === PROCEDURE)!;
  const service: ServiceMove[] = [];
  const raw: RawMove[] = [];
  let state = startDossier(compiled).state;
  for (const { step, event } of routeOf(definition)) {
    const owner = definition.steps.find((s) => s.id === step)!.owner;
    const actor = await userFor(app, owner.unit, owner.role);
    const result = applyEvent(compiled, state, { type: event, ...ROUTE_PAYLOAD });
    if ('rejected' in result) throw new Error(`bench: ${PROCEDURE} rejects '${event}' at ${step}`);
    const next = definition.steps.find((s) => s.id === result.step);
    service.push({
      action: event,
      actor,
      ...(event === 'send_back' ? { comment: ROUTE_PAYLOAD.comment } : {}),
    });
    raw.push({
      action: event,
      fromStep: step,
      toStep: result.step,
      toStatus: statusOf(result),
      ownerUnit: next?.owner.unit ?? null,
      ownerRole: next?.owner.role ?? null,
      state: result.state,
      actor,
    });
    state = result.state;
  }
  return { service, raw };
}

/**
 * The figure with the api built for one queue backend. The api writes outbox rows and never talks to the queues,
 * so the two figures differ only by the machine's noise unless the write path starts to depend on the backend.
 */
async function measure(ctx: BenchContext, backend: BenchBackend): Promise<Figure> {
  await useBenchServices(ctx, backend);
  const app = await apiContext();
  const dataSource = app.get(DataSource);
  const outboxFrom = await lastOutboxId(dataSource);
  const ids: string[] = [];
  let raw: RawTransitions | undefined;
  try {
    const { service: serviceMoves, raw: rawMoves } = await movesOf(app);
    const reception = serviceMoves[serviceMoves.length - 1].actor;
    const template = await startedTemplate(app, reception, PROCEDURE);
    ids.push(template);
    const size = ctx.quick ? 400 : 2_500;
    const stamp = Date.now().toString(36);
    const started = performance.now();
    const ours = await cloneDossiers(dataSource, template, `BENCH-S-${stamp}-`, size);
    const theirs = await cloneDossiers(dataSource, template, `BENCH-R-${stamp}-`, size);
    ids.push(...ours.map((d) => d.id), ...theirs.map((d) => d.id));
    ctx.log(`durable: ${2 * size} started dossiers cloned in ${(performance.now() - started).toFixed(0)} ms`);
    const [{ version }] = (await dataSource.query('SELECT version FROM dossier WHERE id = $1', [
      template,
    ])) as Array<{
      version: number;
    }>;

    const service = new ServiceTransitions(
      app.get(DossierActionService),
      split(ours, ACTORS),
      version,
      serviceMoves,
    );
    raw = new RawTransitions(
      ctx.databaseUrl,
      split(
        theirs.map((d) => d.id),
        ACTORS,
      ),
      rawMoves,
    );
    await raw.open();

    const slice = ctx.quick ? 3_000 : 5_000;
    const rounds = ctx.quick ? 2 : 4;
    await drive(service, ACTORS, slice / 5);
    await drive(raw, ACTORS, slice / 5);
    const oursTally: Tally = { count: 0, ms: 0 };
    const rawTally: Tally = { count: 0, ms: 0 };
    // Alternating slices, so that a neighbour's load on the machine falls on both sides alike.
    for (let round = 0; round < rounds; round++) {
      addTally(oursTally, await drive(service, ACTORS, slice));
      addTally(rawTally, await drive(raw, ACTORS, slice));
    }
    ctx.log(`durable: service ${oursTally.count} transactions, raw ${rawTally.count}`);
    return {
      id: backend === 'redis' ? 'durable.transitions' : 'durable.transitions.postgres',
      title: `durable transitions through the service layer, QUEUE_BACKEND=${backend}`,
      unit: 'transactions/s',
      ours: perSecond(oursTally),
      baseline: perSecond(rawTally),
      baselineName: 'raw pg: SELECT … FOR UPDATE, UPDATE, INSERT event, INSERT outbox, COMMIT',
      higherIsBetter: true,
      note:
        `${ACTORS} concurrent actors, one action per transaction, procedure ${PROCEDURE} with a send-back; ` +
        `${oursTally.count} and ${rawTally.count} transactions in ${rounds} alternating rounds of ${slice / 1000} s; aim ≥ 0.6`,
    };
  } finally {
    await raw?.close();
    await removeDossiers(dataSource, ids, outboxFrom);
    await app.close();
  }
}

async function run(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const backend of QUEUE_BACKENDS) figures.push(await measure(ctx, backend));
  return figures;
}

export const benchmark: Benchmark & { order: number } = {
  id: 'durable',
  title: 'durable transitions/s through DossierActionService against a raw pg loop',
  order: 2,
  run,
};
