import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import type { ProcedureDefinition } from '@motcua/engine';
import { toBpmn, TOOK_SERVICE } from './core-bpmn';
import type { RouteStep } from './core-route';

interface SignalApi {
  id: string;
  signal(message: unknown): void;
}

type Serialized = unknown;

const services = { [TOOK_SERVICE]: (action: unknown, event: string) => action === event };

/**
 * Runs one procedure's BPMN process in bpmn-engine, one engine per dossier, signalling each user task with
 * the route's next action. The XML is parsed once: every run starts from the serialized definition.
 */
export class BpmnRunner {
  private constructor(
    private readonly name: string,
    private readonly context: Serialized,
    private readonly route: RouteStep[],
  ) {}

  static async create(def: ProcedureDefinition, route: RouteStep[]): Promise<BpmnRunner> {
    // The engine's own parse-and-serialize step, done once instead of once per run.
    const parser = new Engine({ name: def.code }) as unknown as {
      _serializeSource(xml: string): Promise<Serialized>;
    };
    return new BpmnRunner(def.code, await parser._serializeSource(toBpmn(def)), route);
  }

  /** Walks the route once; resolves with the number of user tasks signalled. */
  async walk(): Promise<number> {
    const listener = new EventEmitter();
    let at = 0;
    const failed = (reason: string) => new Error(`bpmn ${this.name}: ${reason}`);
    listener.on('wait', (api: SignalApi) => {
      const next = this.route[at++];
      if (next?.step !== api.id) throw failed(`waiting at ${api.id}, expected ${next?.step ?? 'the end'}`);
      api.signal({ action: next.event });
    });
    const engine = new Engine({ name: this.name, sourceContext: this.context as never, services });
    const ended = new Promise<void>((resolve, reject) => {
      engine.once('end', () => resolve());
      engine.once('error', (error: Error) => reject(error));
    });
    await engine.execute({ listener });
    await ended;
    if (at !== this.route.length) throw failed(`ended after ${at} of ${this.route.length} tasks`);
    return at;
  }
}
