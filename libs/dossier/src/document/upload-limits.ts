import { ConfigService } from '@nestjs/config';
import type { Environment } from '@motcua/common';
import type { UploadLimits } from './document.types';

/** Injection token of the upload limits from the configuration. */
export const UPLOAD_LIMITS = Symbol('UPLOAD_LIMITS');

export const uploadLimitsOf = (config: ConfigService<Environment, true>): UploadLimits => ({
  maxFileBytes: config.get('UPLOAD_MAX_FILE_BYTES', { infer: true }),
  maxDossierBytes: config.get('UPLOAD_MAX_DOSSIER_BYTES', { infer: true }),
  maxFiles: config.get('UPLOAD_MAX_FILES', { infer: true }),
});
