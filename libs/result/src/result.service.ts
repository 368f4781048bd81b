import { Inject, Injectable, Optional } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, FILE_STORE, fileKey, type FileStore } from '@motcua/common';
import { AccessLogWriterService, type DossierEntity, DossierLedgerService, DossierReaderService } from '@motcua/dossier';
import type { AuthUser } from '@motcua/identity';
import type { DossierResultEntity } from './dossier-result.entity';
import { renderResultPdf } from './result-pdf.rules';
import { ResultErrorCode, ResultException } from './result.exception';
import { planRecordResult, type PreparedResult } from './result.plan';
import { ResultRepository } from './result.repository';
import {
  checkDocumentDate,
  checkMayRecord,
  decisionOf,
  isPdf,
  isReturned,
  type Refusal,
} from './result.rules';
import { issuerOf, resultDocument } from './result-template.rules';
import { RESULT_PDF_MAX_BYTES, type ResultParticulars } from './result.types';
import { type PublicResult, type ResultView, toResultView } from './result.view';
import { sha256 } from './signing/cades-cms.rules';
import { UnsignablePdfError } from './signing/p12-pdf-signer.service';
import { PDF_SIGNER, type PdfSigner } from './signing/pdf-signer.types';
import { verifyPdfSignature } from './verification/pdf-signature.rules';
import { toVerificationView, type VerificationView } from './verification/verification.view';

/** The signed PDF, as answered to a reader. */
export interface ResultFile {
  bytes: Buffer;
  filename: string;
}

/**
 * The result document of a dossier: recorded at its result step (generated from the template or uploaded), signed
 * with the agency's certificate, its bytes put in the file store before the transaction that writes its row and its
 * `record_result` event; read by those who may read the dossier, every download logged.
 */
@Injectable()
export class ResultService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly reader: DossierReaderService,
    private readonly revisions: ProcedureRevisionsService,
    private readonly ledger: DossierLedgerService,
    private readonly results: ResultRepository,
    private readonly accessLog: AccessLogWriterService,
    private readonly clock: Clock,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Optional() @Inject(PDF_SIGNER) private readonly signer: PdfSigner | null,
  ) {}

  async record(user: AuthUser, code: string, given: ResultParticulars, upload?: Buffer): Promise<ResultView> {
    const signer = this.signerOrFail();
    const now = this.clock.now();
    const found = await this.reader.readable(user, code);
    const revision = await this.revisions.get(found.procedureVersionId);
    const { definition } = revision;
    const [existing, refusal] = await Promise.all([
      this.results.find(found.id),
      found.status === 'refused' ? this.results.refusal(found.id) : null,
    ]);
    // Checked before the PDF is made and signed; checked again on the row the event is written on.
    checkMayRecord({ user, dossier: found, definition, kind: given.kind, existing, refusal });
    checkDocumentDate(given.documentDate, now);
    const decision = upload
      ? uploadedDecision(given, refusal)
      : decisionOf(given.kind, given.decision, refusal);
    const pdf = upload
      ? checkedUpload(upload)
      : await renderResultPdf(
          resultDocument({ ...given, decision }, found, definition, this.catalog.org),
          now,
        );
    const signed = await this.sign(signer, pdf, found, definition, given, now);
    const digest = sha256(signed).toString('hex');
    const key = fileKey(digest);
    await this.files.put(key, signed, 'application/pdf');
    const prepared: PreparedResult = {
      dossierId: found.id,
      kind: given.kind,
      number: given.number.trim(),
      documentDate: given.documentDate,
      signerName: given.signerName.trim(),
      signerTitle: given.signerTitle.trim(),
      decision,
      source: upload ? 'upload' : 'template',
      sha256: digest,
      fileKey: key,
      size: signed.length,
      signedAt: now,
      certificateSha256: sha256(signer.certificate()).toString('hex'),
      recordedAt: now,
      recordedBy: user.id,
      recordedByUsername: user.username,
    };
    const { calendar } = this.catalog;
    await this.ledger.commitLatest(found.id, (dossier) =>
      planRecordResult(
        { dossier, revision, calendar, now, user, existing, refusal },
        prepared,
        (manager, row) => this.results.save(manager, row),
      ),
    );
    return toResultView(found.code, { ...prepared, recordedVersion: 0 });
  }

  async view(user: AuthUser, code: string): Promise<ResultView> {
    const dossier = await this.reader.readable(user, code);
    return toResultView(dossier.code, await this.resultOf(dossier));
  }

  /** The signed PDF for one who may read the dossier; the read is in the access log before it is answered. */
  async file(user: AuthUser, code: string): Promise<ResultFile> {
    const dossier = await this.reader.readable(user, code);
    const result = await this.resultOf(dossier);
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const bytes = await this.files.get(result.fileKey);
    await this.accessLog.record(user, [
      {
        dossierId: dossier.id,
        dossierCode: dossier.code,
        kind: 'result',
        detail: `${result.kind}.pdf`,
        fields: this.reader.access(user, dossier, definition),
      },
    ]);
    return { bytes, filename: fileNameOf(dossier, result) };
  }

  /** What the citizen's page shows of the result; null while there is none. */
  async publicSummary(dossier: DossierEntity): Promise<PublicResult | null> {
    const result = await this.results.find(dossier.id);
    return result
      ? {
          number: result.number,
          issuedAt: result.documentDate,
          signer: `${result.signerTitle} ${result.signerName}`,
          downloadable: isReturned(dossier),
        }
      : null;
  }

  /**
   * The signed PDF for the citizen holding the code and the key, once the result is returned to them (portal
   * status 10); the download is logged (no account: the client address) before it is answered.
   */
  async returnedFile(dossier: DossierEntity, address: string | undefined): Promise<ResultFile> {
    if (!isReturned(dossier))
      throw new ResultException(
        ResultErrorCode.NotReturned,
        'Kết quả chỉ tải về được sau khi hồ sơ đã trả kết quả',
        { status: dossier.status },
      );
    const result = await this.resultOf(dossier);
    const bytes = await this.files.get(result.fileKey);
    await this.results.logPublicDownload(this.clock.now(), dossier.id, dossier.code, address);
    return { bytes, filename: fileNameOf(dossier, result) };
  }

  /** Checks a signed PDF, saying whether the agency's configured certificate signed it. */
  async verify(pdf: Buffer): Promise<VerificationView> {
    return toVerificationView(
      await verifyPdfSignature(checkedUpload(pdf), this.signer?.certificate() ?? null),
    );
  }

  private async resultOf(dossier: DossierEntity): Promise<DossierResultEntity> {
    const result = await this.results.find(dossier.id);
    if (!result)
      throw new ResultException(ResultErrorCode.NoResult, `Hồ sơ ${dossier.code} chưa có kết quả điện tử`);
    return result;
  }

  private signerOrFail(): PdfSigner {
    if (!this.signer)
      throw new ResultException(
        ResultErrorCode.SigningNotConfigured,
        'Chưa cấu hình chứng thư số của cơ quan (SIGNING_P12_PATH): chưa ký được kết quả điện tử',
      );
    return this.signer;
  }

  private async sign(
    signer: PdfSigner,
    pdf: Buffer,
    dossier: DossierEntity,
    definition: Parameters<typeof issuerOf>[1],
    given: ResultParticulars,
    at: Date,
  ): Promise<Buffer> {
    const what = given.kind === 'refusal' ? 'Văn bản từ chối giải quyết hồ sơ' : 'Kết quả giải quyết hồ sơ';
    try {
      return await signer.sign(
        pdf,
        {
          reason: `${what} ${dossier.code}, số ${given.number}`,
          location: issuerOf(this.catalog.org, definition, dossier.receivingUnit),
          name: `${given.signerTitle} ${given.signerName}`,
          contactInfo: '',
        },
        at,
      );
    } catch (error) {
      if (!(error instanceof UnsignablePdfError)) throw error;
      throw new ResultException(
        ResultErrorCode.Unsignable,
        'Không ký được tệp PDF này (bảng tham chiếu nén hoặc tệp hỏng): hãy xuất lại PDF ở dạng PDF/A hoặc in ra PDF rồi tải lên',
      );
    }
  }
}

/** The uploaded file: a PDF by its content, within the size limit. */
export function checkedUpload(bytes: Buffer): Buffer {
  if (bytes.length > RESULT_PDF_MAX_BYTES)
    throw new ResultException(
      ResultErrorCode.TooLarge,
      `Tệp kết quả vượt quá ${RESULT_PDF_MAX_BYTES / 1024 / 1024} MB`,
    );
  if (!isPdf(bytes))
    throw new ResultException(
      ResultErrorCode.NotPdf,
      'Tệp tải lên không phải PDF (kiểm tra theo nội dung tệp)',
    );
  return bytes;
}

const uploadedDecision = (given: ResultParticulars, refusal: Refusal | null): string =>
  given.kind === 'refusal' && refusal ? refusal.reason : (given.decision?.trim() ?? '');

const fileNameOf = (dossier: DossierEntity, result: DossierResultEntity): string =>
  `${result.kind === 'refusal' ? 'tu-choi' : 'ket-qua'}-${dossier.code}.pdf`;
