import signpdf, { Signer, SignPdfError } from '@signpdf/signpdf';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { cadesDetached } from './cades-cms.rules';
import { readP12, type SigningIdentity } from './p12.rules';
import type { PdfSigner, SignatureDetails } from './pdf-signer.types';

/** PAdES baseline: a CAdES detached signature (ETSI EN 319 142-1). */
export const PADES_SUBFILTER = 'ETSI.CAdES.detached';
/** Room for the CMS in /Contents: the signature, the certificate and a chain of a few more. */
const SIGNATURE_LENGTH = 16_384;

class CadesSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(bytes: Buffer, signingTime?: Date): Promise<Buffer> {
    return cadesDetached(this.identity, bytes, signingTime ?? new Date());
  }
}

/** Thrown when a PDF cannot take a signature placeholder (a cross-reference stream, a damaged file). */
export class UnsignablePdfError extends Error {}

/** Signs with the key and certificate of a PKCS#12 file (SIGNING_P12_PATH): the default PdfSigner. */
export class P12PdfSignerService implements PdfSigner {
  private readonly identity: SigningIdentity;

  constructor(p12: Buffer, password: string) {
    this.identity = readP12(p12, password);
  }

  certificate(): Buffer {
    return this.identity.certificate;
  }

  async sign(pdf: Buffer, details: SignatureDetails, at: Date): Promise<Buffer> {
    let prepared: Buffer;
    try {
      prepared = plainAddPlaceholder({
        pdfBuffer: pdf,
        ...details,
        signingTime: at,
        signatureLength: SIGNATURE_LENGTH,
        subFilter: PADES_SUBFILTER,
        appName: 'motcua',
      });
    } catch (error) {
      throw new UnsignablePdfError(String(error), { cause: error });
    }
    try {
      return await signpdf.sign(prepared, new CadesSigner(this.identity), at);
    } catch (error) {
      // The library's own errors are about the file (no ByteRange placeholder found, …); others are ours.
      if (error instanceof SignPdfError) throw new UnsignablePdfError(error.message, { cause: error });
      throw error;
    }
  }
}
