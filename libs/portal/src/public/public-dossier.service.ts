import { Inject, Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { type DossierEntity, DossierRepository, findDossierWithTimeline } from '@motcua/dossier';
import { findUnit, topUnitOf } from '@motcua/engine';
import { CitizenNotesRepository } from './citizen-notes.repository';
import { citizenNotes } from './public.view';
import { type ResultFile, ResultService } from '@motcua/result';
import { DossierRatingRepository } from './dossier-rating.repository';
import { keyMatches } from './lookup-key.rules';
import { PublicLimits } from './public-limits.config';
import { notFound, PublicErrorCode, PublicException } from './public.exception';
import { type PublicDossierView, toPublicDossierView } from './public-dossier.view';
import type { RateDossierDto, RatingReceiptView } from './rate-dossier.dto';

const CODE_MAX = 40;

@Injectable()
export class PublicDossierService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly ratings: DossierRatingRepository,
    private readonly revisions: ProcedureRevisionsService,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly limits: PublicLimits,
    private readonly notes: CitizenNotesRepository,
    private readonly results: ResultService,
  ) {}

  async lookup(code: string, key: string | undefined, address?: string): Promise<PublicDossierView> {
    const manager = this.dossiers.dataSource.manager;
    const { dossier, events } = await this.unlock(code, key, address, (known) =>
      findDossierWithTimeline(manager, known),
    );
    const [revision, noticeEvents, result] = await Promise.all([
      this.revisions.get(dossier.procedureVersionId),
      this.notes.newestFirst(dossier.id),
      this.results.publicSummary(dossier),
    ]);
    const { org } = this.catalog;
    const unitName = (unit: string) => findUnit(org, unit)?.name ?? null;
    const receivingUnit = unitName(dossier.receivingUnit) ?? dossier.receivingUnit;
    const agencyId = revision.definition.agency ?? topUnitOf(org, dossier.receivingUnit);
    const notes = citizenNotes(dossier, noticeEvents, {
      agency: unitName(agencyId) ?? receivingUnit,
      receivingUnit,
    });
    return toPublicDossierView(dossier, revision.definition, events, unitName, notes, result);
  }

  /** The signed result PDF, with the code and the key, once returned; wrong keys count as for the lookup. */
  async resultFile(code: string, key: string | undefined, address?: string): Promise<ResultFile> {
    const { dossier } = await this.unlock(code, key, address, async (known) => {
      const found = await this.dossiers.findByCode(known);
      return found && { dossier: found };
    });
    return this.results.returnedFile(dossier, address);
  }

  async rate(
    code: string,
    key: string | undefined,
    dto: RateDossierDto,
    address?: string,
  ): Promise<RatingReceiptView> {
    const { dossier } = await this.unlock(code, key, address, async (known) => {
      const found = await this.dossiers.findByCode(known);
      return found && { dossier: found };
    });
    if (dossier.status !== 'done') {
      throw new PublicException(
        PublicErrorCode.ResultNotReturned,
        'a dossier can be rated once its result has been returned',
        { status: dossier.status },
      );
    }
    const ratedAt = this.clock.now();
    const inserted = await this.ratings.insertOnce({
      dossierId: dossier.id,
      procedureCode: dossier.procedureCode,
      receivingUnit: dossier.receivingUnit,
      overall: dto.overall,
      onTime: dto.onTime,
      staffAttitude: dto.staffAttitude,
      guidance: dto.guidance,
      facilities: dto.facilities ?? null,
      comment: dto.comment?.trim() || null,
      ratedAt,
    });
    if (!inserted)
      throw new PublicException(PublicErrorCode.AlreadyRated, 'this dossier has already been rated');
    return { code: dossier.code, ratedAt: toVietnamIso(ratedAt) };
  }

  /**
   * The dossier when `key` opens it; otherwise the same 404 as for a code that does not exist, counted against
   * the code and the address. Once either has used up its wrong keys, 429 without trying the key. `find` reads
   * the dossier (with what the caller needs beside it) while the limits are checked.
   */
  private async unlock<T extends { dossier: DossierEntity }>(
    code: string,
    key: string | undefined,
    address: string | undefined,
    find: (code: string) => Promise<T | null>,
  ): Promise<T> {
    const known = code.length <= CODE_MAX;
    const bucket = known ? code : 'overlong';
    const [, found] = await Promise.all([
      this.limits.assertMayTryKey(bucket, address),
      known ? find(code) : null,
    ]);
    if (!keyMatches(found?.dossier.lookupKey ?? null, key) || !found) {
      await this.limits.wrongKey(bucket, address);
      throw notFound();
    }
    return found;
  }
}
