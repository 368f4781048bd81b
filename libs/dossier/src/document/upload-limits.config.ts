import type { EnvData } from '@motcua/common';
import type { UploadLimits } from './document.types';

/** Injection token of the upload limits from the configuration. */
export const UPLOAD_LIMITS = Symbol('UPLOAD_LIMITS');

export const uploadLimitsOf = (env: EnvData): UploadLimits => env.upload;
