import { Inject, Injectable } from '@nestjs/common';
import { FILE_STORE, type FileStore, fileKey, sniffType } from '@motcua/common';
import type { StoredDocument } from './portal-inbound.repository';

/**
 * The portal's files into the FileStore, before the transaction that writes their rows: each under its sha256 key,
 * with the type its content shows (the declared one when the content matches no known type).
 */
@Injectable()
export class PortalFilesService {
  constructor(@Inject(FILE_STORE) private readonly store: FileStore) {}

  async keep(files: StoredDocument[]): Promise<StoredDocument[]> {
    const kept: StoredDocument[] = [];
    for (const file of files) {
      const mimeType = (await sniffType(file.content)) ?? file.mimeType;
      await this.store.put(fileKey(file.sha256), file.content, mimeType);
      kept.push({ ...file, mimeType });
    }
    return kept;
  }
}
