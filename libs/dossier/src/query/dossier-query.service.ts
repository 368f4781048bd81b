import { Injectable } from '@nestjs/common';
import { ProcedureRevisions } from '@motcua/catalog';
import { allowedEvents } from '@motcua/engine';
import { type AuthUser, hasRole, UserRepository } from '@motcua/identity';
import { Brackets } from 'typeorm';
import { DossierReader } from '../command/dossier.reader';
import { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { FLAG_COLUMNS } from '../deadline/dossier-flag.repository';
import { mayAct, stateActions } from '../dossier.rules';
import {
  type ControlSheetRow,
  type DossierPage,
  type DossierView,
  toControlSheetRow,
  toDossierView,
} from './dossier.view';
import type { ListDossiersDto } from './list-dossiers.dto';

const encodeCursor = (d: DossierEntity): string =>
  Buffer.from(`${d.receivedAt.toISOString()}|${d.id}`).toString('base64url');

function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const receivedAt = new Date(at);
  if (!id || Number.isNaN(receivedAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DossierException(DossierErrorCode.InvalidCursor, 'cursor: not a cursor this API gave out');
  }
  return { receivedAt, id };
}

@Injectable()
export class DossierQueryService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly reader: DossierReader,
    private readonly revisions: ProcedureRevisions,
    private readonly users: UserRepository,
  ) {}

  async view(user: AuthUser, code: string): Promise<DossierView> {
    return this.toView(user, await this.reader.readable(user, code));
  }

  async history(user: AuthUser, code: string): Promise<ControlSheetRow[]> {
    const dossier = await this.reader.readable(user, code);
    return (await this.dossiers.events(dossier.id)).map(toControlSheetRow);
  }

  async list(user: AuthUser, filter: ListDossiersDto): Promise<DossierPage> {
    const limit = filter.limit ?? 20;
    const q = this.dossiers.dataSource.getRepository(DossierEntity).createQueryBuilder('d');
    if (!hasRole(user, 'supervisor') && !hasRole(user, 'admin')) {
      q.andWhere(new Brackets((w) => w.where(':me = ANY(d.route_units)').orWhere('d.receiving_unit = :me')), {
        me: user.unitId,
      });
    }
    if (filter.status) q.andWhere('d.status = :status', { status: filter.status });
    if (filter.flag) q.andWhere(`d.${FLAG_COLUMNS[filter.flag].column} IS NOT NULL`);
    if (filter.procedure) q.andWhere('d.procedure_code = :procedure', { procedure: filter.procedure });
    if (filter.unit) {
      q.andWhere(
        new Brackets((w) => w.where(':unit = ANY(d.route_units)').orWhere('d.receiving_unit = :unit')),
        {
          unit: filter.unit,
        },
      );
    }
    if (filter.receivedFrom) q.andWhere('d.received_at >= :from', { from: new Date(filter.receivedFrom) });
    if (filter.receivedTo) q.andWhere('d.received_at < :to', { to: new Date(filter.receivedTo) });
    if (filter.q) {
      const term = filter.q.trim();
      q.andWhere(
        new Brackets((w) =>
          w
            .where('d.code = :term')
            .orWhere('d.applicant_id_number = :term')
            .orWhere('d.applicant_name ILIKE :like'),
        ),
        { term, like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    if (filter.cursor) {
      const { receivedAt, id } = decodeCursor(filter.cursor);
      q.andWhere('(d.received_at, d.id) < (:at, :id)', { at: receivedAt, id });
    }
    const rows = await q
      .orderBy('d.received_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    return {
      items: await Promise.all(page.map((d) => this.toView(user, d))),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  /**
   * Steps waiting on the caller's unit and roles, assigned to them or to nobody (a head sees the whole unit);
   * for reception, also the online dossiers sent in to their unit and not yet accepted or refused.
   */
  async inbox(user: AuthUser): Promise<{ items: DossierView[] }> {
    const steps = new Brackets((w) => {
      w.where('d.step IS NOT NULL')
        .andWhere('d.step_owner_unit = :unit')
        .andWhere("d.status IN ('in_progress', 'result_ready')");
      if (!hasRole(user, 'head')) {
        w.andWhere('d.step_owner_role = ANY(:roles)').andWhere(
          '(d.assignee_id IS NULL OR d.assignee_id = :me)',
        );
      }
    });
    const q = this.dossiers.dataSource
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .where(steps)
      .setParameters({ unit: user.unitId, roles: user.roles, me: user.id });
    if (hasRole(user, 'reception')) {
      q.orWhere("(d.status = 'submitted' AND d.receiving_unit = :unit)");
    }
    const rows = await q
      .orderBy('d.step_due_at', 'ASC')
      .addOrderBy('d.received_at', 'ASC')
      .limit(500)
      .getMany();
    return { items: await Promise.all(rows.map((d) => this.toView(user, d))) };
  }

  private async toView(user: AuthUser, dossier: DossierEntity): Promise<DossierView> {
    const revision = await this.revisions.get(dossier.procedureVersionId);
    const allowed = stateActions(dossier, () =>
      allowedEvents(revision.compiled, dossier.machineState!),
    ).filter((action) => mayAct(user, dossier, action));
    const assignee = dossier.assigneeId
      ? ((await this.users.findById(dossier.assigneeId))?.username ?? null)
      : null;
    return toDossierView(dossier, revision.definition, revision.revision, allowed, assignee);
  }
}
