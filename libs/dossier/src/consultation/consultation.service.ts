import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { DossierReaderService } from '../command/dossier-reader.service';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import type { AnswerConsultationDto, AskConsultationDto } from './consultation.dto';
import { planAnswer, planConsultation } from './consultation.plan';
import { ConsultationRepository, type ListedConsultation } from './consultation.repository';
import { consultationView, type ConsultationView } from './consultation.view';

/**
 * Opinions asked of other units (xin ý kiến): the step's owner asks, the consulted unit answers from its own list.
 * Each ask and answer is the dossier's change (`planConsultation`, `planAnswer`) committed with its row.
 */
@Injectable()
export class ConsultationService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly reader: DossierReaderService,
    private readonly dossiers: DossierRepository,
    private readonly consultations: ConsultationRepository,
    private readonly ledger: DossierLedgerService,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async ask(user: AuthUser, code: string, dto: AskConsultationDto): Promise<ConsultationView> {
    const dossier = await this.reader.readable(user, code);
    const revision = await this.revisions.get(dossier.procedureVersionId);
    const { org, calendar } = this.catalog;
    const now = this.clock.now();
    const { plan, consultation } = planConsultation(
      { dossier, revision, org, calendar, now },
      user,
      dto,
      randomUUID(),
    );
    plan.alongside = (manager) => this.consultations.insert(manager, consultation);
    await this.ledger.commit(plan);
    this.metrics.transition('consult');
    return this.viewOf({ ...consultation, dossierCode: dossier.code, procedureCode: dossier.procedureCode });
  }

  /** No expected version: an answer conflicts with nothing the step does, so it is planned on the latest row. */
  async answer(
    user: AuthUser,
    code: string,
    id: string,
    dto: AnswerConsultationDto,
  ): Promise<ConsultationView> {
    const found = await this.dossiers.findByCode(code);
    const asked = found && isUuid(id) ? await this.consultations.find(found.id, id) : null;
    if (!found || !asked) {
      throw new DossierException(
        DossierErrorCode.ConsultationNotFound,
        `Không có ý kiến ${id} của hồ sơ ${code}`,
      );
    }
    const { calendar } = this.catalog;
    let answered = asked;
    await this.ledger.commitLatest(found.id, async (dossier) => {
      const revision = await this.revisions.get(dossier.procedureVersionId);
      const now = this.clock.now();
      const { plan, consultation } = planAnswer(
        { dossier, revision, calendar, now },
        asked,
        user,
        dto.answer,
      );
      answered = consultation;
      plan.alongside = (manager) => this.consultations.answer(manager, consultation);
      return plan;
    });
    this.metrics.transition('consult_answer');
    return this.viewOf({ ...answered, dossierCode: found.code, procedureCode: found.procedureCode });
  }

  async forUnit(user: AuthUser, all: boolean): Promise<ConsultationView[]> {
    const rows = await this.consultations.forUnit(user.unitId, all);
    return rows.map((c) => this.viewOf(c));
  }

  async forDossier(user: AuthUser, code: string): Promise<ConsultationView[]> {
    const dossier = await this.reader.readable(user, code);
    const rows = await this.consultations.forDossier(dossier.id);
    return rows.map((c) => this.viewOf(c));
  }

  private viewOf(c: ListedConsultation): ConsultationView {
    const now = this.clock.now();
    const name = this.revisions.current(c.procedureCode, now)?.definition.name ?? c.procedureCode;
    return consultationView(c, name, now);
  }
}

const isUuid = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
