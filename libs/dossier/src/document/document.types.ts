export const DOCUMENT_KINDS = ['desk', 'portal', 'working'] as const;
/** desk: scanned at reception; portal: sent with an online dossier; working: an officer's paper at a step. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The file types a dossier keeps, as sniffed from the bytes (never from the name or the declared type). */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** A row of `dossier_document`, its bytes left out. */
export interface DossierDocument {
  id: string;
  dossierId: string;
  /** The procedure's required document (component) the file stands for; null for a working document. */
  component: string | null;
  kind: DocumentKind;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** The FileStore key; null for a row written before the store, whose bytes are in the row. */
  fileKey: string | null;
  step: string | null;
  attachedBy: string | null;
  attachedByUsername: string | null;
  attachedAt: Date;
  checkedAt: Date | null;
  checkedByUsername: string | null;
}

/** A file received in an upload, sniffed and hashed, before it is kept. */
export interface IncomingFile {
  originalName: string;
  /** Sniffed from the content; undefined when the content is of no known type. */
  sniffedType: string | undefined;
  size: number;
  sha256: string;
}

/** Limits from the configuration (UPLOAD_MAX_FILE_BYTES, UPLOAD_MAX_DOSSIER_BYTES, UPLOAD_MAX_FILES). */
export interface UploadLimits {
  maxFileBytes: number;
  maxDossierBytes: number;
  maxFiles: number;
}
