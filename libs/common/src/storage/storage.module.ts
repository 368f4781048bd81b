import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '../config/environment';
import { FILE_STORE } from './file-store';
import { LocalFileStore } from './local-file.store';

/** The configured FileStore, for every module that keeps the dossier's files. */
@Global()
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        new LocalFileStore(config.get('FILES_DIR', { infer: true })),
    },
  ],
  exports: [FILE_STORE],
})
export class StorageModule {}
