import { type AuthUser, canActOnStep, hasRole } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DocumentErrorCode, DocumentException } from './document.exception';
import {
  ACCEPTED_TYPES,
  type DocumentKind,
  type DossierDocument,
  type IncomingFile,
  type UploadLimits,
} from './document.types';

const MAX_NAME_LENGTH = 180;
const EXTENSION: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};
const mib = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * A file name safe to store and to send back in Content-Disposition: its last path segment, in NFC, without control
 * characters nor the characters file systems refuse, at most 180 characters (the extension kept); a name left empty
 * becomes `tep` with the extension of the sniffed type.
 */
export function cleanFileName(original: string, mimeType: string): string {
  const base = original.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (name === '') name = `tep${EXTENSION[mimeType] ?? ''}`;
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, MAX_NAME_LENGTH - extension.length).trimEnd() + extension;
}

/** Refuses an upload with no file, too many, a file not PDF/JPEG/PNG by its content, or over the size limits. */
export function checkUpload(files: IncomingFile[], storedBytes: number, limits: UploadLimits): void {
  if (files.length === 0) {
    throw new DocumentException(DocumentErrorCode.NoFiles, 'Chưa chọn tệp nào để đính kèm (trường "files").');
  }
  if (files.length > limits.maxFiles) {
    throw new DocumentException(
      DocumentErrorCode.TooManyFiles,
      `Mỗi lần chỉ đính kèm được tối đa ${limits.maxFiles} tệp.`,
      { maxFiles: limits.maxFiles },
    );
  }
  for (const file of files) {
    if (!(ACCEPTED_TYPES as readonly string[]).includes(file.sniffedType ?? '')) {
      throw new DocumentException(
        DocumentErrorCode.UnsupportedType,
        `Tệp "${file.originalName}" không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên).`,
        { fileName: file.originalName, accepted: ACCEPTED_TYPES },
      );
    }
    if (file.size > limits.maxFileBytes) throw fileTooLarge(limits.maxFileBytes, file.originalName);
  }
  const total = storedBytes + files.reduce((sum, f) => sum + f.size, 0);
  if (total > limits.maxDossierBytes) {
    throw new DocumentException(
      DocumentErrorCode.DossierFilesTooLarge,
      `Tổng dung lượng tệp của hồ sơ sẽ vượt ${mib(limits.maxDossierBytes)} cho phép.`,
      { maxDossierBytes: limits.maxDossierBytes, storedBytes },
    );
  }
}

export const fileTooLarge = (maxFileBytes: number, fileName?: string): DocumentException =>
  new DocumentException(
    DocumentErrorCode.FileTooLarge,
    `Tệp ${fileName ? `"${fileName}" ` : ''}vượt quá ${mib(maxFileBytes)}, dung lượng tối đa của một tệp.`,
    { maxFileBytes },
  );

const isClosed = (dossier: DossierEntity): boolean => dossier.finishedAt !== null;

const atDesk = (user: AuthUser, dossier: DossierEntity): boolean =>
  hasRole(user, 'reception') && user.unitId === dossier.receivingUnit;

/**
 * Which kind of file `user` attaches: a desk scan of a component (reception of the receiving unit, the component one
 * of the procedure's documents), or, without a component, a working document (the holder of the dossier's step: its
 * owner, or its assignee once assigned). Nothing is attached to a dossier that has ended.
 */
export function attachmentKind(
  user: AuthUser,
  dossier: DossierEntity,
  component: string | null,
  components: readonly string[],
): Exclude<DocumentKind, 'portal'> {
  if (isClosed(dossier)) {
    throw new DocumentException(
      DocumentErrorCode.DossierClosed,
      `Hồ sơ ${dossier.code} đã kết thúc; không đính kèm thêm tệp.`,
    );
  }
  if (component !== null) {
    if (!atDesk(user, dossier)) {
      throw new DocumentException(
        DocumentErrorCode.NotAtDesk,
        'Chỉ Bộ phận Một cửa tiếp nhận hồ sơ này mới đính kèm bản quét thành phần hồ sơ.',
      );
    }
    if (!components.includes(component)) {
      throw new DocumentException(
        DocumentErrorCode.UnknownComponent,
        `"${component}" không phải thành phần hồ sơ của thủ tục này.`,
        { expected: components },
      );
    }
    return 'desk';
  }
  const step =
    dossier.stepOwnerUnit && dossier.stepOwnerRole
      ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole }
      : null;
  if (!step || !canActOnStep(user, step, dossier.assigneeId)) {
    throw new DocumentException(
      DocumentErrorCode.NotStepHolder,
      'Chỉ người đang xử lý bước hiện tại của hồ sơ mới đính kèm tài liệu xử lý.',
    );
  }
  return 'working';
}

/** Reception of the receiving unit checks (or unchecks) a component's file, desk scan or portal file alike. */
export function checkCheck(user: AuthUser, dossier: DossierEntity, document: DossierDocument): void {
  if (!atDesk(user, dossier)) {
    throw new DocumentException(
      DocumentErrorCode.NotAtDesk,
      'Chỉ Bộ phận Một cửa tiếp nhận hồ sơ này mới xác nhận tệp số hóa.',
    );
  }
  if (document.component === null) {
    throw new DocumentException(
      DocumentErrorCode.NotAComponentFile,
      'Tài liệu xử lý không thuộc thành phần hồ sơ nên không cần xác nhận số hóa.',
    );
  }
}

/** The components of a dossier: the documents handed in, as reception recorded them (or the portal sent them). */
export const componentsOf = (dossier: Pick<DossierEntity, 'documents'>): string[] => [
  ...new Set(dossier.documents.map((d) => d.name)),
];

/**
 * A component is digitised when a file of it is attached and checked by reception; a dossier is digitised when it
 * has components and every one of them is (Circular 01/2023/TT-VPCP, Decision 766/QĐ-TTg; see docs/documents.md).
 */
export function digitisedComponents(
  components: readonly string[],
  documents: ReadonlyArray<Pick<DossierDocument, 'component' | 'checkedAt'>>,
): string[] {
  const checked = new Set(documents.filter((d) => d.checkedAt !== null).map((d) => d.component));
  return components.filter((c) => checked.has(c));
}
