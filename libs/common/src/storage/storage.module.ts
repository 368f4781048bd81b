import { Global, Module } from '@nestjs/common';
import { EnvData, type StorageEnv } from '../config/env-data.config';
import { FILE_STORE, type FileStore } from './file-store.types';
import { LocalFileStoreService } from './local-file-store.service';
import { S3FileStoreService } from './s3-file-store.service';

/** The store FILE_STORE names: the local directory FILES_DIR (default), or an S3-compatible bucket. */
export function fileStoreOf(storage: StorageEnv): FileStore {
  return storage.s3 ? new S3FileStoreService(storage.s3) : new LocalFileStoreService(storage.filesDir);
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
