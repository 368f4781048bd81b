import type { Environment } from '../config/environment.config';
import { mapEnvironment } from '../config/map-environment.rules';
import { LocalFileStoreService } from './local-file-store.service';
import { S3FileStoreService } from './s3-file-store.service';
import { fileStoreOf } from './storage.module';

const env = (settings: Partial<Environment>) =>
  mapEnvironment({
    FILE_STORE: 'local',
    FILES_DIR: 'var/files',
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: true,
    ...settings,
  } as Environment).storage;

describe('fileStoreOf', () => {
  it('keeps files in the local directory unless FILE_STORE says s3', () => {
    expect(fileStoreOf(env({}))).toBeInstanceOf(LocalFileStoreService);
    const s3 = fileStoreOf(
      env({
        FILE_STORE: 's3',
        S3_BUCKET: 'b',
        S3_ACCESS_KEY: 'k',
        S3_SECRET_KEY: 's',
        S3_ENDPOINT: 'http://127.0.0.1:9',
      }),
    );
    expect(s3).toBeInstanceOf(S3FileStoreService);
    (s3 as S3FileStoreService).destroy();
  });
});
