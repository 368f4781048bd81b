import type { AuthUser } from '@motcua/identity';
import type { DossierActionService } from '../../libs/dossier/src/command/dossier-action.service';
import type { DossierActionDto } from '../../libs/dossier/src/command/dossier-action.dto';
import type { Workload } from './core-drive';

export interface ServiceMove {
  action: string;
  actor: AuthUser;
  comment?: string;
}

interface Held {
  code: string;
  version: number;
}

/**
 * Officers acting through `DossierActionService.act`, the method behind `POST /dossiers/:code/actions`: each actor
 * takes its dossiers one move at a time, all of them through the first move, then the second, until the route
 * ends. One call is one transaction.
 */
export class ServiceTransitions implements Workload {
  private readonly held: Held[][];
  private readonly position: number[];

  constructor(
    private readonly service: DossierActionService,
    dossiers: Array<Array<{ code: string }>>,
    startVersion: number,
    private readonly moves: ServiceMove[],
  ) {
    this.held = dossiers.map((list) => list.map(({ code }) => ({ code, version: startVersion })));
    this.position = this.held.map(() => 0);
  }

  async step(actor: number): Promise<boolean> {
    const mine = this.held[actor];
    const at = this.position[actor];
    const move = this.moves[Math.floor(at / mine.length)];
    if (!move) return false;
    this.position[actor]++;
    const dossier = mine[at % mine.length];
    const dto: DossierActionDto = {
      action: move.action,
      expectedVersion: dossier.version,
      ...(move.comment ? { comment: move.comment } : {}),
    };
    dossier.version = (await this.service.act(move.actor, dossier.code, dto)).version;
    return true;
  }
}
