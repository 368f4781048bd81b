/** What a signature says besides the signer's certificate: shown by PDF readers in the signature panel. */
export interface SignatureDetails {
  reason: string;
  location: string;
  /** The signer as the agency names them (the certificate names the agency). */
  name: string;
  contactInfo: string;
}

/**
 * Signs a result PDF with the agency's certificate as a PAdES baseline signature (SubFilter ETSI.CAdES.detached).
 * The default signs with a PKCS#12 file; an agency that signs through a signing service (an official-use
 * certificate on a token or HSM) provides its own implementation under PDF_SIGNER.
 */
export interface PdfSigner {
  /** The signed copy of `pdf`, its signing time `at`. */
  sign(pdf: Buffer, details: SignatureDetails, at: Date): Promise<Buffer>;
  /** The agency's certificate (DER) the signatures carry; verification says whether a signature is by it. */
  certificate(): Buffer;
}

/** Injection token of the configured PdfSigner; null when no certificate is configured. */
export const PDF_SIGNER = Symbol('PDF_SIGNER');
