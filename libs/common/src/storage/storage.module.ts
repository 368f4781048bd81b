import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '../config/environment';
import { FILE_STORE, type FileStore } from './file-store';
import { LocalFileStore } from './local-file.store';
import { S3FileStore } from './s3-file.store';

/** The store FILE_STORE names: the local directory FILES_DIR (default), or an S3-compatible bucket. */
export function fileStoreOf(env: Environment): FileStore {
  if (env.FILE_STORE === 's3') {
    return new S3FileStore({
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET!,
      accessKeyId: env.S3_ACCESS_KEY!,
      secretAccessKey: env.S3_SECRET_KEY!,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalFileStore(env.FILES_DIR);
}

/** The configured FileStore, for every module that keeps the dossier's files. */
@Global()
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        fileStoreOf({
          FILE_STORE: config.get('FILE_STORE', { infer: true }),
          FILES_DIR: config.get('FILES_DIR', { infer: true }),
          S3_ENDPOINT: config.get('S3_ENDPOINT', { infer: true }),
          S3_REGION: config.get('S3_REGION', { infer: true }),
          S3_BUCKET: config.get('S3_BUCKET', { infer: true }),
          S3_ACCESS_KEY: config.get('S3_ACCESS_KEY', { infer: true }),
          S3_SECRET_KEY: config.get('S3_SECRET_KEY', { infer: true }),
          S3_FORCE_PATH_STYLE: config.get('S3_FORCE_PATH_STYLE', { infer: true }),
        } as Environment),
    },
  ],
  exports: [FILE_STORE],
})
export class StorageModule {}
