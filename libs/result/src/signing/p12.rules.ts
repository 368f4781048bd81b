import forge from 'node-forge';

/** The key and certificate of a PKCS#12 file, as DER: the certificate whose public key matches the key. */
export interface SigningIdentity {
  privateKeyPkcs8: Buffer;
  certificate: Buffer;
  /** The other certificates of the file (its chain), carried in the signature. */
  chain: Buffer[];
}

const der = (asn1: forge.asn1.Asn1): Buffer => Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');

/** Reads a PKCS#12 file; throws an Error naming what is wrong (password, no key, no matching certificate). */
export function readP12(p12: Buffer, password: string): SigningIdentity {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, password);
  } catch (error) {
    throw new Error(`cannot open the PKCS#12 file (wrong password or not a PKCS#12 file): ${String(error)}`, {
      cause: error,
    });
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ??
      []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const key = keyBags.find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('the PKCS#12 file holds no RSA private key');
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => cert !== undefined);
  const own = certs.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!own) throw new Error('the PKCS#12 file holds no certificate of its private key');
  return {
    privateKeyPkcs8: der(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))),
    certificate: der(forge.pki.certificateToAsn1(own)),
    chain: certs.filter((cert) => cert !== own).map((cert) => der(forge.pki.certificateToAsn1(cert))),
  };
}
