import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cryptoEngine, OID, sha256 } from '../signing/cades-cms.rules';
import { PADES_SUBFILTER } from '../signing/p12-pdf-signer.service';
import { refused, type SignatureReport, type SignerIdentity } from './signature-report.types';
import { signedRangeOf } from './signed-range.rules';

const bufferOf = (view: ArrayBuffer | ArrayBufferView): Buffer =>
  ArrayBuffer.isView(view) ? Buffer.from(view.buffer, view.byteOffset, view.byteLength) : Buffer.from(view);
const arrayBufferOf = (bytes: Buffer): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * Checks the last signature of a PDF: its ByteRange covers the whole file but the signature, the signed bytes'
 * sha256 is the CMS message digest, the CMS signature verifies with the certificate it carries, and says who
 * signed, when, and whether the certificate is the agency's (`agencyCertificate`, DER). The certificate's chain
 * is not judged here: a PDF reader does that against its trusted list.
 */
export async function verifyPdfSignature(
  pdf: Buffer,
  agencyCertificate: Buffer | null,
): Promise<SignatureReport> {
  const range = signedRangeOf(pdf);
  if (typeof range === 'string') return refused(range);
  const parsed = parseSignedData(range.contents);
  if (!parsed) return refused('MALFORMED_SIGNATURE', range.subFilter);
  const { signedData, signerInfo, certificate } = parsed;
  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const value = (type: string) =>
    attributes.find((a) => a.type === type)?.values[0] as asn1js.AsnType | undefined;
  const digest = value(OID.messageDigest);
  if (!(digest instanceof asn1js.OctetString)) return refused('MALFORMED_SIGNATURE', range.subFilter);
  if (!bufferOf(digest.valueBlock.valueHexView).equals(sha256(range.signedBytes)))
    return refused('DIGEST_MISMATCH', range.subFilter);
  const verified = await signedData
    .verify({ signer: 0, data: arrayBufferOf(range.signedBytes), checkChain: false }, cryptoEngine)
    .catch(() => false);
  if (!verified) return refused('SIGNATURE_INVALID', range.subFilter);
  const der = Buffer.from(certificate.toSchema().toBER());
  const time = value(OID.signingTime);
  return {
    valid: true,
    problem: null,
    subFilter: range.subFilter,
    pades: range.subFilter === PADES_SUBFILTER && signsCertificate(value(OID.signingCertificateV2), der),
    signer: identityOf(certificate, der),
    signedAt: time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : null,
    agencyCertificate: agencyCertificate !== null && sha256(agencyCertificate).equals(sha256(der)),
  };
}

function parseSignedData(contents: Buffer) {
  try {
    // The placeholder's zero padding follows the DER: only the first element is the CMS.
    const { offset, result } = asn1js.fromBER(arrayBufferOf(contents));
    if (offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: result });
    if (info.contentType !== OID.signedData) return null;
    const signedData = new pkijs.SignedData({ schema: info.content });
    const signerInfo = signedData.signerInfos[0];
    const sid = signerInfo?.sid;
    const certificate = (signedData.certificates ?? []).find(
      (c): c is pkijs.Certificate =>
        c instanceof pkijs.Certificate &&
        sid instanceof pkijs.IssuerAndSerialNumber &&
        c.issuer.isEqual(sid.issuer) &&
        c.serialNumber.isEqual(sid.serialNumber),
    );
    return signerInfo && certificate ? { signedData, signerInfo, certificate } : null;
  } catch {
    return null;
  }
}

/** The ESS signing-certificate-v2 attribute names this certificate: its first ESSCertIDv2's sha256 hash. */
function signsCertificate(attribute: asn1js.AsnType | undefined, der: Buffer): boolean {
  if (!(attribute instanceof asn1js.Sequence)) return false;
  const certs = attribute.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return false;
  // hashAlgorithm is absent when it is sha256 (its DEFAULT); another algorithm is not what this signer writes.
  const hash = first.valueBlock.value[0];
  return hash instanceof asn1js.OctetString && bufferOf(hash.valueBlock.valueHexView).equals(sha256(der));
}

function identityOf(certificate: pkijs.Certificate, der: Buffer): SignerIdentity {
  const field = (oid: string) => {
    const value = certificate.subject.typesAndValues.find((t) => t.type === oid)?.value;
    return value ? String(value.valueBlock.value) : null;
  };
  return {
    commonName: field('2.5.4.3'),
    organization: field('2.5.4.10'),
    serialNumber: bufferOf(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
    fingerprint: sha256(der).toString('hex'),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
  };
}
