import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import {
  type DossierEntity,
  DossierRepository,
  type DossierStatus,
  dossierPortalStatus,
  assertKnownDocuments,
  currentRevision,
  DossierLedgerService,
} from '@motcua/dossier';
import { agencyIdOf, findUnit } from '@motcua/engine';
import type { PortalClient } from './portal-clients.config';
import { PortalFilesService } from './portal-files.service';
import { PortalErrorCode, PortalException } from './portal.exception';
import {
  isDuplicateSubmission,
  PortalInboundRepository,
  type PortalLink,
  type StoredDocument,
} from './portal-inbound.repository';
import { planPortalSubmission } from './portal-submission.plan';
import { receivingUnitProblem, submissionDiff } from './portal-submission.rules';
import type { SubmitPortalDossierDto } from './submit-portal-dossier.dto';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface PortalReceipt {
  code: string;
  /** The citizen's key to the public lookup, for the portal to pass on with the code. */
  lookupKey: string;
  status: DossierStatus;
  portalStatus: number;
}

/** Online dossiers sent in by a portal: recorded as `submitted`, once per (client, portal dossier id). */
@Injectable()
export class PortalInboundService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly dossiers: DossierRepository,
    private readonly ledger: DossierLedgerService,
    private readonly portal: PortalInboundRepository,
    private readonly files: PortalFilesService,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async submit(
    client: PortalClient,
    dto: SubmitPortalDossierDto,
  ): Promise<{ created: boolean; receipt: PortalReceipt }> {
    const files = decodeFiles(dto);
    const submission = submissionOf(dto, files);
    const known = await this.portal.findLink(client.name, dto.portalDossierId);
    if (known) return this.resent(dto.portalDossierId, known, submission);
    const kept = await this.files.keep(files);

    const now = this.clock.now();
    const revision = currentRevision(this.revisions, dto.procedureCode, now);
    const agencyId = this.agencyOf(dto.receivingUnit);
    assertKnownDocuments(revision, dto.documents);
    const plan = planPortalSubmission({
      id: randomUUID(),
      client: client.name,
      dto,
      revision,
      agencyId,
      submission,
      files: kept,
      now,
    });
    try {
      const { dossier } = await this.ledger.commit(plan);
      this.metrics.transition('submit');
      return { created: true, receipt: receiptOf(dossier) };
    } catch (error) {
      if (!isDuplicateSubmission(error)) throw error;
      const first = await this.portal.findLink(client.name, dto.portalDossierId);
      return this.resent(dto.portalDossierId, first!, submission);
    }
  }

  /** A resend answers with the dossier the first send made; with other content it is refused, naming the fields. */
  private async resent(
    portalDossierId: string,
    known: PortalLink,
    submission: unknown,
  ): Promise<{ created: boolean; receipt: PortalReceipt }> {
    const differs = known.submission === null ? [] : submissionDiff(known.submission, submission);
    if (differs.length > 0) {
      throw new PortalException(
        PortalErrorCode.DossierConflict,
        `portalDossierId ${portalDossierId} was already submitted with other content (${differs.join(', ')}); ` +
          'a change to a submitted dossier is a supplement, a new dossier needs a new portalDossierId',
        { portalDossierId, differs },
      );
    }
    return { created: false, receipt: await this.receipt(known.dossierId) };
  }

  private async receipt(dossierId: string): Promise<PortalReceipt> {
    return receiptOf((await this.dossiers.findById(dossierId))!);
  }

  private agencyOf(unitId: string): string {
    if (receivingUnitProblem(this.catalog.org, unitId) === 'no_reception') {
      throw new PortalException(
        PortalErrorCode.NoReceptionDesk,
        `receivingUnit: '${unitId}' has no reception desk (role reception in the organization file), so no one could receive the dossier`,
      );
    }
    const agencyId = findUnit(this.catalog.org, unitId) ? agencyIdOf(this.catalog.org, unitId) : undefined;
    if (!agencyId) {
      throw new PortalException(
        PortalErrorCode.UnknownUnit,
        `receivingUnit: '${unitId}' is not a unit of the organization file with an electronic agency id`,
      );
    }
    return agencyId;
  }
}

const receiptOf = (
  d: Pick<DossierEntity, 'code' | 'lookupKey' | 'status' | 'acceptedAt'>,
): PortalReceipt => ({
  code: d.code,
  lookupKey: d.lookupKey,
  status: d.status,
  portalStatus: dossierPortalStatus(d),
});

/** The submission as compared with a resend: every field sent, each file by its sha256 rather than its bytes. */
function submissionOf(dto: SubmitPortalDossierDto, files: StoredDocument[]): unknown {
  let file = 0;
  const documents = dto.documents.map(({ contentBase64, ...d }) => ({
    ...d,
    ...(contentBase64 === undefined ? {} : { sha256: files[file++].sha256 }),
  }));
  const { portalDossierId, ...rest } = dto;
  void portalDossierId;
  return JSON.parse(JSON.stringify({ ...rest, documents })) as unknown;
}

/** The files sent inline, decoded and checked for size; documents without a file store nothing. */
export function decodeFiles(dto: Pick<SubmitPortalDossierDto, 'documents'>): StoredDocument[] {
  return dto.documents.flatMap((d, i) => {
    if (d.contentBase64 === undefined) return [];
    const content = Buffer.from(d.contentBase64, 'base64');
    if (content.length > MAX_DOCUMENT_BYTES) {
      throw new PortalException(
        PortalErrorCode.DocumentTooLarge,
        `documents.${i}.contentBase64: ${content.length} bytes; at most ${MAX_DOCUMENT_BYTES} per file`,
      );
    }
    return [
      {
        name: d.name,
        fileName: d.fileName!,
        mimeType: d.mimeType ?? 'application/octet-stream',
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
      },
    ];
  });
}
