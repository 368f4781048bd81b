import { Inject, Injectable } from '@nestjs/common';
import { Clock, type PageQueryDto } from '@motcua/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { allowedEvents } from '@motcua/engine';
import { type Authority, type AuthUser, type PersonalDataAccess, UserRepository } from '@motcua/identity';
import { AccessLogWriterService } from '../access-log/access-log-writer.service';
import type { AccessKind } from '../access-log/access-log.types';
import { Brackets } from 'typeorm';
import { DossierReaderService } from '../command/dossier-reader.service';
import { appointmentChoices } from '../command/new-appointment.rules';
import { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { FLAG_COLUMNS } from '../deadline/dossier-flag.repository';
import { authorityOf, heldByConsultation, mayAct, stateActions } from '../dossier.rules';
import { provisionalYearsOf } from '../deadline/provisional.rules';
import {
  type ControlSheetRow,
  type DossierCount,
  type DossierPage,
  type InboxPage,
  type DossierView,
  type StaffName,
  toControlSheetRow,
  toDossierView,
  toListItemView,
} from './dossier.view';
import { inboxStatement } from './inbox.sql';
import { PaymentRepository } from '../payment/payment.repository';
import { toPaymentView } from '../payment/payment.view';
import { toBranchView } from './branch.view';
import { asBranchStep, forkStepOf } from '../command/branch.rules';
import { findBranches } from '../ledger/branch.sql';
import type { DossierBranchEntity } from '../dossier-branch.entity';
import type { ListDossiersDto } from './list-dossiers.dto';
import { findViewedByCode, listedColumns, toViewed } from './viewed-dossier.sql';
import { containing, searchTerm } from './search.rules';

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

const INBOX_COUNT_CAP = 1000;
const COUNT_CAP = 10_000;
// Six weeks of working days to choose a new appointment from.
const CHOICES = 30;
const maxDate = (a: Date, b: Date): Date => (a > b ? a : b);

// The inbox is re-read often and short-lived; a position is a good enough cursor for it.
const encodeOffset = (offset: number): string => Buffer.from(`o|${offset}`).toString('base64url');

function decodeOffset(cursor: string): number {
  const [tag, n] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const offset = Number(n);
  if (tag !== 'o' || !Number.isSafeInteger(offset) || offset < 0) {
    throw new DossierException(DossierErrorCode.InvalidCursor, 'cursor: not a cursor this API gave out');
  }
  return offset;
}

@Injectable()
export class DossierQueryService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly reader: DossierReaderService,
    private readonly revisions: ProcedureRevisionsService,
    private readonly users: UserRepository,
    private readonly accessLog: AccessLogWriterService,
    private readonly payments: PaymentRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
  ) {}

  /** The dossier as `user` may see it; the read of its personal data is logged. */
  async view(user: AuthUser, code: string): Promise<DossierView> {
    const { dossiers, assignees } = await findViewedByCode(this.dossiers.dataSource.manager, code);
    const dossier = await this.reader.readableOf(user, code, dossiers[0] ?? null);
    const [[view], payments] = await Promise.all([
      this.toViews(user, [dossier], { logAs: 'view', assignees }),
      this.payments.forDossier(dossier.id),
    ]);
    return { ...view!, payments: payments.map(toPaymentView) };
  }

  /** The control sheet; who collected the result only for those who see the whole applicant. */
  async history(user: AuthUser, code: string): Promise<ControlSheetRow[]> {
    const dossier = await this.reader.readable(user, code);
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const whole = this.reader.access(user, dossier, definition) === 'full';
    return (await this.dossiers.events(dossier.id)).map((e) => toControlSheetRow(e, whole));
  }

  async list(user: AuthUser, filter: ListDossiersDto): Promise<DossierPage> {
    const limit = filter.limit ?? 20;
    const q = this.filtered(user, filter);
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
      items: await this.toViews(user, page, { logAs: filter.q ? 'search' : 'list' }),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  /** How many dossiers the list would give (cursor and limit aside), counted up to COUNT_CAP; no personal data. */
  async count(user: AuthUser, filter: ListDossiersDto): Promise<DossierCount> {
    const [sql, params] = this.filtered(user, filter)
      .select('d.id')
      .limit(COUNT_CAP + 1)
      .getQueryAndParameters();
    const [{ total }] = (await this.dossiers.dataSource.query(
      `SELECT count(*)::int AS total FROM (${sql}) AS hits`,
      params,
    )) as Array<{ total: number }>;
    return { total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP };
  }

  /** The dossiers of the caller's scope matching the filter (the list's and the count's where clause). */
  private filtered(user: AuthUser, filter: ListDossiersDto) {
    const q = this.dossiers.dataSource.getRepository(DossierEntity).createQueryBuilder('d');
    const scope = this.reader.scope(user);
    // Only dossiers that reached a unit of the caller's scope (receiving unit included): dossier_reached_idx.
    if (scope !== null) q.andWhere('d.reached_units && :scope::text[]', { scope });
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
      const term = searchTerm(filter.q);
      // Each branch is an index: the id number's, and the trigram indexes of the code and the folded name
      // (FoldedSearch migration), which serve a part of either.
      q.andWhere(
        new Brackets((w) =>
          w
            .where('d.applicant_id_number = :term')
            .orWhere('d.code ILIKE :like')
            .orWhere('search_fold(d.applicant_name) LIKE search_fold(:like)'),
        ),
        { term, like: containing(term) },
      );
    }
    return q;
  }

  /** The caller's work list (see `inboxStatement`), in order of the steps' due instants. */
  async inbox(user: AuthUser, page: PageQueryDto = {}): Promise<InboxPage> {
    const limit = page.limit ?? 50;
    const offset = page.cursor ? decodeOffset(page.cursor) : 0;
    const manager = this.dossiers.dataSource.manager;
    const statement = inboxStatement(user, listedColumns(manager), { offset, limit, cap: INBOX_COUNT_CAP });
    const rows = (await manager.query(...statement.page)) as Array<Record<string, unknown>>;
    // A page past the end has no row to carry the count.
    const [{ total }] = rows.length
      ? (rows as Array<{ total: number }>)
      : offset === 0
        ? [{ total: 0 }]
        : ((await manager.query(...statement.count)) as Array<{ total: number }>);
    const { dossiers, assignees } = toViewed(manager, rows);
    const next = offset + dossiers.length;
    const totalCapped = total >= INBOX_COUNT_CAP;
    return {
      items: (await this.toViews(user, dossiers, { shown: 'name', assignees, listed: true })).map(
        toListItemView,
      ),
      total,
      totalCapped,
      nextCursor: dossiers.length === limit && (totalCapped || next < total) ? encodeOffset(next) : null,
    };
  }

  /**
   * Views of a page of dossiers: one query for all assignees (none when read with the dossiers: `assignees`), and
   * the engine asked once per distinct (revision, machine state), which a long inbox repeats many times over. The
   * applicant is shown as the caller may see it (`shown: 'name'`: the name only, for the inbox); with `logAs`, the
   * reads are written to the access log (one statement) before returning.
   */
  private async toViews(
    user: AuthUser,
    dossiers: DossierEntity[],
    options: {
      logAs?: AccessKind;
      shown?: 'name';
      assignees?: Map<string, StaffName>;
      listed?: boolean;
    } = {},
  ): Promise<DossierView[]> {
    const { logAs, shown } = options;
    const usernames = new Map(options.assignees ?? (await this.assigneesOf(dossiers)));
    const branchRows = await this.branchesOf(dossiers);
    const branchAssignees = [...branchRows.values()]
      .flat()
      .map((b) => b.assigneeId)
      .filter((id): id is string => !!id && !usernames.has(id));
    if (branchAssignees.length) {
      for (const u of await this.users.findByIds([...new Set(branchAssignees)]))
        usernames.set(u.id, { username: u.username, fullName: u.fullName });
    }
    const engineAllowed = new Map<string, string[]>();
    const authorities = new Map<string, Authority>();
    const access: PersonalDataAccess[] = [];
    const views = await Promise.all(
      dossiers.map(async (dossier, i) => {
        const revision = await this.revisions.get(dossier.procedureVersionId);
        const allowed = stateActions(dossier, () => {
          const key = `${dossier.procedureVersionId}|${JSON.stringify(dossier.machineState)}`;
          let events = engineAllowed.get(key);
          if (!events)
            engineAllowed.set(key, (events = allowedEvents(revision.compiled, dossier.machineState!)));
          return events;
        });
        const unitKey = `${dossier.procedureVersionId}|${dossier.receivingUnit}`;
        let authority = authorities.get(unitKey);
        if (!authority) {
          authority = authorityOf(this.catalog.org, revision.definition, dossier.receivingUnit);
          authorities.set(unitKey, authority);
        }
        // A step waiting for its consultations offers none of its own actions until they are answered.
        const mine = allowed.filter(
          (action) =>
            mayAct(user, dossier, action, authority) &&
            !heldByConsultation(revision.definition, dossier, action),
        );
        const assignee = dossier.assigneeId ? (usernames.get(dossier.assigneeId) ?? null) : null;
        // How much of the applicant the caller may see: for the view, and for the access log.
        if (!shown || logAs) access[i] = this.reader.access(user, dossier, revision.definition);
        const applicant = shown ?? access[i];
        const provisional = provisionalYearsOf(this.catalog.calendar, dossier);
        const choices =
          !options.listed && mine.includes('extend') && dossier.dueAt
            ? appointmentChoices(this.catalog.calendar, maxDate(dossier.dueAt, this.clock.now()), CHOICES)
            : [];
        const branches = (branchRows.get(dossier.id) ?? []).map((row) => {
          const open = row.step !== null && forkStepOf(dossier) === row.forkStep;
          const actions = open ? allowedEvents(revision.compiled, dossier.machineState!, row.branch) : [];
          const target = { branch: row.branch, row, allowed: actions };
          const held = asBranchStep(dossier, target);
          return toBranchView(
            revision.definition,
            row,
            actions.filter((action) => mayAct(user, held, action, authority)),
            row.assigneeId ? (usernames.get(row.assigneeId) ?? null) : null,
          );
        });
        return toDossierView(
          dossier,
          revision.definition,
          revision.revision,
          mine,
          assignee,
          applicant,
          provisional,
          choices,
          branches,
        );
      }),
    );
    if (logAs) {
      await this.accessLog.record(
        user,
        dossiers.map((d, i) => ({
          dossierId: d.id,
          dossierCode: d.code,
          kind: logAs,
          detail: null,
          fields: access[i]!,
        })),
      );
    }
    return views;
  }

  /** Branch rows of the dossiers whose procedure forks (one query), by dossier id. */
  private async branchesOf(dossiers: DossierEntity[]): Promise<Map<string, DossierBranchEntity[]>> {
    const forking = await Promise.all(
      dossiers.map(async (d) =>
        (await this.revisions.get(d.procedureVersionId)).definition.steps.some((s) => s.fork),
      ),
    );
    const ids = dossiers.filter((_, i) => forking[i]).map((d) => d.id);
    const byDossier = new Map<string, DossierBranchEntity[]>();
    for (const row of await findBranches(this.dossiers.dataSource.manager, ids)) {
      byDossier.set(row.dossierId, [...(byDossier.get(row.dossierId) ?? []), row]);
    }
    return byDossier;
  }

  private async assigneesOf(dossiers: DossierEntity[]): Promise<Map<string, StaffName>> {
    const ids = [...new Set(dossiers.map((d) => d.assigneeId).filter((id): id is string => !!id))];
    return new Map(
      (await this.users.findByIds(ids)).map((u) => [u.id, { username: u.username, fullName: u.fullName }]),
    );
  }
}
