import { Global, Module } from '@nestjs/common';
import { EnvData, type StorageEnv } from '../config/env-data';
import { FILE_STORE, type FileStore } from './file-store';
import { LocalFileStore } from './local-file.store';
import { S3FileStore } from './s3-file.store';

/** The store FILE_STORE names: the local directory FILES_DIR (default), or an S3-compatible bucket. */
export function fileStoreOf(storage: StorageEnv): FileStore {
  return storage.s3 ? new S3FileStore(storage.s3) : new LocalFileStore(storage.filesDir);
}

/** The configured FileStore, for every module that keeps the dossier's files. */
@Global()
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [EnvData],
      useFactory: (env: EnvData) => fileStoreOf(env.storage),
    },
  ],
  exports: [FILE_STORE],
})
export class StorageModule {}
