/** Why a PDF's signature does not hold; absent when it does. */
export const SIGNATURE_PROBLEMS = [
  'NO_SIGNATURE',
  'BYTE_RANGE_INCOMPLETE',
  'MALFORMED_SIGNATURE',
  'DIGEST_MISMATCH',
  'SIGNATURE_INVALID',
] as const;
export type SignatureProblem = (typeof SIGNATURE_PROBLEMS)[number];

export interface SignerIdentity {
  commonName: string | null;
  organization: string | null;
  serialNumber: string;
  /** sha256 of the certificate (DER), hex. */
  fingerprint: string;
  notBefore: Date;
  notAfter: Date;
}

export interface SignatureReport {
  valid: boolean;
  problem: SignatureProblem | null;
  subFilter: string | null;
  /** PAdES baseline: SubFilter ETSI.CAdES.detached with the ESS signing-certificate-v2 of the signer. */
  pades: boolean;
  signer: SignerIdentity | null;
  signedAt: Date | null;
  /** The signer's certificate is the agency's configured one. */
  agencyCertificate: boolean;
}

export const refused = (problem: SignatureProblem, subFilter: string | null = null): SignatureReport => ({
  valid: false,
  problem,
  subFilter,
  pades: false,
  signer: null,
  signedAt: null,
  agencyCertificate: false,
});
