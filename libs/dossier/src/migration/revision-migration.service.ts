import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not } from 'typeorm';
import {
  type Catalog,
  CATALOG,
  CatalogErrorCode,
  CatalogException,
  ProcedureRevisionsService,
  ProcedureVersionRepository,
} from '@motcua/catalog';
import { Clock, RequestValidationException } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { FINAL_STATUSES } from '../dossier.types';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import type { UpdatePlan } from '../ledger/dossier.plan';
import type { MigrateRevisionDto } from './migrate-revision.dto';
import {
  type MigrationPreview,
  type MigrationRevision,
  planRevisionMigration,
} from './revision-migration.plan';
import { migrationItemView, type MigrationView, type RefusedDossierView } from './migration.view';
import { resolveStepMapping } from './step-mapping.rules';

const STEP_ID = /^[a-z][a-z0-9_]*$/;

/**
 * Moves running dossiers of a procedure onto a newer revision: every dossier is planned first (pure:
 * `planRevisionMigration`), so that a dry run lists what would change and a real run refuses, before writing
 * anything, a request naming a dossier it cannot move or a dossier changed since the dry run. Each dossier is then
 * one ledger commit, guarded by its version.
 */
@Injectable()
export class RevisionMigrationService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly versions: ProcedureVersionRepository,
    private readonly ledger: DossierLedgerService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async migrate(actor: AuthUser, procedureCode: string, dto: MigrateRevisionDto): Promise<MigrationView> {
    checkMaps(dto);
    const { from, to } = await this.revisionPair(procedureCode, dto.fromRevision, dto.toRevision);
    const mapping = resolveStepMapping(from, to, dto.mapping ?? {});
    const now = this.clock.now();
    const { found, missing } = await this.chosen(procedureCode, from.id, dto.dossiers);
    const refused: RefusedDossierView[] = missing.map((code) => ({
      code,
      reasonCode: DossierErrorCode.NotFound,
      reason: `no dossier ${code} of procedure ${procedureCode}`,
    }));
    const planned: Array<{ preview: MigrationPreview; plan: UpdatePlan }> = [];
    for (const dossier of found) {
      try {
        planned.push(
          planRevisionMigration({ dossier, from, to, mapping, calendar: this.catalog.calendar, actor, now }),
        );
      } catch (error) {
        if (!(error instanceof DossierException)) throw error;
        refused.push({ code: dossier.code, reasonCode: error.code, reason: error.message });
      }
    }
    const view = (dossiers: MigrationView['dossiers']): MigrationView => ({
      procedureCode,
      dryRun: dto.dryRun,
      fromRevision: from.revision,
      toRevision: to.revision,
      mapping,
      dossiers,
      refused,
    });
    if (dto.dryRun) return view(planned.map(({ preview }) => migrationItemView(preview, null)));
    this.assertWritable(planned, refused, dto.versions);
    const items = [];
    for (const { preview, plan } of planned) {
      try {
        const { dossier } = await this.ledger.commit(plan);
        items.push(migrationItemView(preview, { newVersion: dossier.version }));
      } catch (error) {
        if (!(error instanceof DossierException) || error.code !== DossierErrorCode.VersionConflict)
          throw error;
        items.push(migrationItemView(preview, { error: error.message }));
      }
    }
    return view(items);
  }

  private assertWritable(
    planned: Array<{ preview: MigrationPreview }>,
    refused: RefusedDossierView[],
    versions: Record<string, number> | undefined,
  ): void {
    if (refused.length > 0) {
      throw new DossierException(
        DossierErrorCode.NotMigratable,
        `nothing was migrated: ${refused.map((r) => `${r.code}: ${r.reason}`).join('; ')}`,
        { refused },
      );
    }
    const stale = planned
      .filter(
        ({ preview }) => versions?.[preview.code] !== undefined && versions[preview.code] !== preview.version,
      )
      .map(({ preview }) => ({
        code: preview.code,
        expected: versions![preview.code],
        current: preview.version,
      }));
    if (stale.length > 0) {
      throw new DossierException(
        DossierErrorCode.VersionConflict,
        `nothing was migrated: ${stale.map((s) => `${s.code} is at version ${s.current}, not ${s.expected}`).join('; ')}; run the dry run again`,
        { stale },
      );
    }
  }

  private async revisionPair(
    code: string,
    fromRevision: number,
    toRevision: number,
  ): Promise<{ from: MigrationRevision; to: MigrationRevision }> {
    const rows = await this.versions.findByCode(code);
    if (rows.length === 0) {
      throw new CatalogException(CatalogErrorCode.UnknownProcedure, `no procedure with code '${code}'`, {
        procedureCode: code,
      });
    }
    const known = rows.map((r) => r.revision);
    const find = (revision: number) => {
      const row = rows.find((r) => r.revision === revision);
      if (!row) {
        throw new DossierException(
          DossierErrorCode.UnknownRevision,
          `procedure ${code} has no revision ${revision} (its revisions: ${known.join(', ')})`,
          { revisions: known },
        );
      }
      return this.revisions.get(row.id);
    };
    const [from, to] = await Promise.all([find(fromRevision), find(toRevision)]);
    if (to.revision <= from.revision) {
      throw new DossierException(
        DossierErrorCode.UnknownRevision,
        `a dossier moves to a newer revision: toRevision ${to.revision} is not after fromRevision ${from.revision}`,
        { revisions: known },
      );
    }
    return { from, to };
  }

  /** The dossiers named (and the codes that name none of this procedure), or every running one on `from`. */
  private async chosen(
    procedureCode: string,
    fromId: string,
    codes: string[] | undefined,
  ): Promise<{ found: DossierEntity[]; missing: string[] }> {
    const repo = this.dataSource.getRepository(DossierEntity);
    if (codes) {
      const found = await repo.find({ where: { code: In(codes), procedureCode }, order: { code: 'ASC' } });
      const known = new Set(found.map((d) => d.code));
      return { found, missing: [...new Set(codes)].filter((c) => !known.has(c)) };
    }
    const found = await repo.find({
      where: {
        procedureVersionId: fromId,
        status: Not(In([...FINAL_STATUSES])),
        machineState: Not(IsNull()),
      },
      order: { code: 'ASC' },
    });
    return { found, missing: [] };
  }
}

/** `mapping` and `versions` are objects of the right shape: step ids to step ids, codes to versions. */
function checkMaps(dto: MigrateRevisionDto): void {
  const fields = [
    ...Object.entries(dto.mapping ?? {})
      .filter(([k, v]) => !STEP_ID.test(k) || typeof v !== 'string' || !STEP_ID.test(v))
      .map(([k]) => ({
        field: `mapping.${k}`,
        messages: ['a step id maps to a step id (e.g. sign: approve)'],
      })),
    ...Object.entries(dto.versions ?? {})
      .filter(([, v]) => !Number.isInteger(v) || (v as number) < 1)
      .map(([k]) => ({ field: `versions.${k}`, messages: ['must be a version, an integer >= 1'] })),
  ];
  if (fields.length > 0) throw new RequestValidationException(fields);
}
