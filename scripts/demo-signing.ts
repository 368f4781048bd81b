import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { selfSignedP12 } from '@motcua/result';

/**
 * The demo agency's signing certificate: a self-signed PKCS#12 at the given path (made once, kept after), with the
 * password in SIGNING_P12_PASSWORD. PDF readers show its signatures as intact but by an unknown signer.
 */
function main(): void {
  const path = process.argv[2];
  const password = process.env.SIGNING_P12_PASSWORD ?? '';
  if (!path) throw new Error('usage: demo-signing <path of the .p12 to make>');
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const p12 = selfSignedP12({
    commonName: 'Cơ quan giải quyết thủ tục (chứng thư thử nghiệm motcua)',
    organization: 'motcua demo',
    password,
    now: new Date(),
  });
  writeFileSync(path, p12, { mode: 0o600 });
  console.log(`demo signing certificate (self-signed): ${path}`);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
