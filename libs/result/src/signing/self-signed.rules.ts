import forge from 'node-forge';

export interface SelfSignedOptions {
  /** The agency's name, as the certificate's common name. */
  commonName: string;
  organization: string;
  password: string;
  now: Date;
  validDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * A self-signed certificate and its key as a PKCS#12 file, for the demo and the tests: PDF readers show such a
 * signature as valid but its signer as unknown (no trusted chain). An agency signs with its official-use certificate.
 */
export function selfSignedP12(options: SelfSignedOptions): Buffer {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = new Date(options.now.getTime() - DAY_MS);
  cert.validity.notAfter = new Date(options.now.getTime() + (options.validDays ?? 3650) * DAY_MS);
  // Vietnamese names are UTF8String (forge writes PrintableString unless told; it encodes the value itself).
  const utf8 = (name: string, value: string) => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 });
  const subject = [
    utf8('commonName', options.commonName),
    utf8('organizationName', options.organization),
    { name: 'countryName', value: 'VN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], options.password, {
    algorithm: '3des',
    friendlyName: options.commonName,
  });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}
