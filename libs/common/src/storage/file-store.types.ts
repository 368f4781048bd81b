/**
 * Where the dossier's files live (scans, working documents, results). Metadata stays in PostgreSQL, written in the
 * transaction of the event that adds the file; the bytes are put here first, under a key made of their sha256, so a
 * retry writes the same object and a crash before the commit leaves only an unreferenced object behind.
 */
export interface FileStore {
  /** Stores the bytes under the key; storing the same key again is harmless. */
  put(key: string, content: Buffer, contentType: string): Promise<void>;
  /** The bytes under the key; throws FileMissingError when there are none. */
  get(key: string): Promise<Buffer>;
  /** Whether the key holds bytes. */
  has(key: string): Promise<boolean>;
}

/** Injection token of the configured FileStore. */
export const FILE_STORE = Symbol('FILE_STORE');

export class FileMissingError extends Error {
  constructor(readonly key: string) {
    super(`no stored file under ${key}`);
  }
}

/** The key of a file's bytes: its sha256 in hex, sharded by its first two characters. */
export const fileKey = (sha256: string): string => `${sha256.slice(0, 2)}/${sha256}`;
