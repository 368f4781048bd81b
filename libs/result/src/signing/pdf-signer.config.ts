import { readFileSync } from 'node:fs';
import type { Provider } from '@nestjs/common';
import { EnvData } from '@motcua/common';
import { P12PdfSignerService } from './p12-pdf-signer.service';
import { PDF_SIGNER, type PdfSigner } from './pdf-signer.types';

/**
 * The P12 signer of SIGNING_P12_PATH (with SIGNING_P12_PASSWORD), read at start-up so that a missing file or a
 * wrong password stops the process; null (no electronic result) when the path is unset. An agency that signs
 * through a signing service overrides this provider with its own PdfSigner.
 */
export const pdfSignerProvider: Provider = {
  provide: PDF_SIGNER,
  inject: [EnvData],
  useFactory: (env: EnvData): PdfSigner | null => {
    const path = env.signing.p12Path;
    if (!path) return null;
    let p12: Buffer;
    try {
      p12 = readFileSync(path);
    } catch (error) {
      throw new Error(`SIGNING_P12_PATH: cannot read ${path}: ${(error as Error).message}`, { cause: error });
    }
    try {
      return new P12PdfSignerService(p12, env.signing.p12Password);
    } catch (error) {
      throw new Error(`SIGNING_P12_PATH: ${(error as Error).message}`, { cause: error });
    }
  },
};
