import { Inject, Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG, ProcedureRevisions } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { type DossierEntity, DossierRepository } from '@motcua/dossier';
import { findUnit } from '@motcua/engine';
import { DossierRatingRepository } from './dossier-rating.repository';
import { keyMatches } from './lookup-key';
import { notFound, PublicErrorCode, PublicException } from './public.exception';
import { type PublicDossierView, toPublicDossierView } from './public-dossier.view';
import type { RateDossierDto, RatingReceiptView } from './rating.dto';

@Injectable()
export class PublicDossierService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly ratings: DossierRatingRepository,
    private readonly revisions: ProcedureRevisions,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
  ) {}

  async lookup(code: string, key: string | undefined): Promise<PublicDossierView> {
    const dossier = await this.unlock(code, key);
    const revision = await this.revisions.get(dossier.procedureVersionId);
    const events = await this.dossiers.events(dossier.id);
    return toPublicDossierView(
      dossier,
      revision.definition,
      events,
      (unit) => findUnit(this.catalog.org, unit)?.name ?? null,
    );
  }

  async rate(code: string, key: string | undefined, dto: RateDossierDto): Promise<RatingReceiptView> {
    const dossier = await this.unlock(code, key);
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

  /** The dossier when `key` opens it; otherwise the same 404 as for a code that does not exist. */
  private async unlock(code: string, key: string | undefined): Promise<DossierEntity> {
    const dossier = code.length <= 40 ? await this.dossiers.findByCode(code) : null;
    const applicant = dossier
      ? { phone: dossier.applicant.phone, idNumber: dossier.applicantIdNumber }
      : null;
    if (!keyMatches(applicant, key) || !dossier) throw notFound();
    return dossier;
  }
}
