import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import {
  Clock,
  FILE_STORE,
  FileMissingError,
  type FileStore,
  fileKey,
  MetricsService,
  sha256Of,
  sniffType,
} from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import { DataSource } from 'typeorm';
import { AccessLogWriterService } from '../access-log/access-log-writer.service';
import { DossierReaderService } from '../command/dossier-reader.service';
import type { DossierEntity } from '../dossier.entity';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import { DocumentErrorCode, DocumentException } from './document.exception';
import { groupDocuments } from './document-list.rules';
import { planAttachment, planCheck } from './document.plan';
import { attachmentKind, checkUpload, cleanFileName, componentsOf } from './document.rules';
import { findDocument, findDocuments, type NewDocumentRow } from './document.sql';
import type { DossierDocument, IncomingFile, UploadLimits } from './document.types';
import { type DossierDocumentsView, toDocumentView, toLimitsView } from './document.view';
import { UPLOAD_LIMITS } from './upload-limits.config';

/** A file as multer hands it over (memory storage). */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** A file to send back: its row and its bytes. */
export interface Download {
  document: DossierDocument;
  content: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = (id: string): DocumentException =>
  new DocumentException(DocumentErrorCode.FileNotFound, `Hồ sơ không có tệp ${id}.`, { id });

/**
 * The dossier's files: attached at the desk or at a step (bytes into the FileStore first, then the rows with an audit
 * event in one transaction), listed and downloaded by whoever may read the dossier (each download in the access log),
 * and checked by reception (digitisation).
 */
@Injectable()
export class DocumentService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly reader: DossierReaderService,
    private readonly revisions: ProcedureRevisionsService,
    private readonly ledger: DossierLedgerService,
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogWriterService,
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(UPLOAD_LIMITS) private readonly limits: UploadLimits,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async list(user: AuthUser, code: string): Promise<DossierDocumentsView> {
    const dossier = await this.reader.readable(user, code);
    return this.viewOf(dossier);
  }

  async attach(
    user: AuthUser,
    code: string,
    component: string | null,
    uploaded: UploadedFile[],
  ): Promise<DossierDocumentsView> {
    const found = await this.reader.readable(user, code);
    const revision = await this.revisions.get(found.procedureVersionId);
    const components = revision.definition.documents.map((d) => d.name);
    attachmentKind(user, found, component, components);
    const incoming = await Promise.all(uploaded.map(incomingOf));
    const stored = (await findDocuments(this.dataSource.manager, found.id)).reduce(
      (sum, d) => sum + d.size,
      0,
    );
    checkUpload(incoming, stored, this.limits);
    // The bytes first: a crash before the commit leaves an unreferenced object, never a row without its bytes.
    for (const [i, file] of incoming.entries()) {
      await this.store.put(fileKey(file.sha256), uploaded[i].buffer, file.sniffedType!);
    }
    const now = this.clock.now();
    const { calendar } = this.catalog;
    const committed = await this.ledger.commitLatest(found.id, (dossier) => {
      const kind = attachmentKind(user, dossier, component, components);
      const rows = incoming.map((file): NewDocumentRow => ({
        id: randomUUID(),
        dossierId: dossier.id,
        component,
        kind,
        fileName: cleanFileName(file.originalName, file.sniffedType!),
        mimeType: file.sniffedType!,
        size: file.size,
        sha256: file.sha256,
        fileKey: fileKey(file.sha256),
        step: dossier.step,
        attachedBy: user.id,
        attachedByUsername: user.username,
        attachedAt: now,
      }));
      return planAttachment({ dossier, revision, calendar, now }, user, rows);
    });
    this.metrics.transition('attach_documents');
    return this.viewOf(committed!.dossier);
  }

  async check(user: AuthUser, code: string, id: string, checked: boolean): Promise<DossierDocumentsView> {
    const found = await this.reader.readable(user, code);
    const revision = await this.revisions.get(found.procedureVersionId);
    const { calendar } = this.catalog;
    await this.ledger.commitLatest(found.id, async (dossier) => {
      const document = await this.documentOf(dossier, id);
      return planCheck({ dossier, revision, calendar, now: this.clock.now() }, user, document, checked);
    });
    this.metrics.transition(checked ? 'check_document' : 'uncheck_document');
    return this.viewOf(found);
  }

  /** The file's bytes, once its read is in the access log. */
  async download(user: AuthUser, code: string, id: string): Promise<Download> {
    const dossier = await this.reader.readable(user, code);
    const found = UUID.test(id) ? await findDocument(this.dataSource.manager, dossier.id, id) : null;
    if (!found) throw notFound(id);
    const { document } = found;
    const content = found.content ?? (await this.bytesOf(document));
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    await this.accessLog.record(user, [
      {
        dossierId: dossier.id,
        dossierCode: dossier.code,
        kind: 'file',
        detail: document.id,
        fields: this.reader.access(user, dossier, definition),
      },
    ]);
    return { document, content };
  }

  private async bytesOf(document: DossierDocument): Promise<Buffer> {
    try {
      return await this.store.get(document.fileKey!);
    } catch (error) {
      if (!(error instanceof FileMissingError)) throw error;
      throw new DocumentException(
        DocumentErrorCode.FileNotFound,
        `Không tìm thấy nội dung tệp "${document.fileName}" trong kho lưu trữ; hãy báo quản trị hệ thống.`,
        { id: document.id },
      );
    }
  }

  private async documentOf(dossier: DossierEntity, id: string): Promise<DossierDocument> {
    const found = UUID.test(id) ? await findDocument(this.dataSource.manager, dossier.id, id) : null;
    if (!found) throw notFound(id);
    return found.document;
  }

  private async viewOf(dossier: DossierEntity): Promise<DossierDocumentsView> {
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const documents = await findDocuments(this.dataSource.manager, dossier.id);
    const grouped = groupDocuments(definition.documents, componentsOf(dossier), documents);
    return {
      code: dossier.code,
      components: grouped.components.map((c) => ({ ...c, files: c.files.map(toDocumentView) })),
      working: grouped.working.map(toDocumentView),
      digitised: grouped.digitised,
      totalBytes: documents.reduce((sum, d) => sum + d.size, 0),
      limits: toLimitsView(this.limits),
    };
  }
}

async function incomingOf(file: UploadedFile): Promise<IncomingFile> {
  return {
    originalName: file.originalname,
    sniffedType: await sniffType(file.buffer),
    size: file.buffer.length,
    sha256: sha256Of(file.buffer),
  };
}
