import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FactoryProvider } from '@nestjs/common';
import { mapEnvironment, validateEnvironment } from '@motcua/common';
import { P12PdfSignerService } from './p12-pdf-signer.service';
import { pdfSignerProvider } from './pdf-signer.config';
import { selfSignedP12 } from './self-signed.rules';

const dir = mkdtempSync(join(tmpdir(), 'motcua-signer-'));
const path = join(dir, 'agency.p12');
writeFileSync(
  path,
  selfSignedP12({ commonName: 'UBND', organization: 'Lào Cai', password: 'pw', now: new Date() }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const make = (settings: Record<string, string | undefined>): unknown =>
  (pdfSignerProvider as FactoryProvider).useFactory(
    mapEnvironment(
      validateEnvironment({
        NODE_ENV: 'test',
        DATABASE_URL: 'postgres://u@127.0.0.1:5432/motcua',
        REDIS_URL: 'redis://127.0.0.1:6379',
        ...settings,
      }),
    ),
  );

describe('pdfSignerProvider', () => {
  it('signs with the configured PKCS#12, and not at all without one', () => {
    expect(make({ SIGNING_P12_PATH: path, SIGNING_P12_PASSWORD: 'pw' })).toBeInstanceOf(P12PdfSignerService);
    expect(make({})).toBeNull();
  });

  it('stops the start-up naming SIGNING_P12_PATH for a missing file or a wrong password', () => {
    expect(() => make({ SIGNING_P12_PATH: join(dir, 'missing.p12') })).toThrow(
      /^SIGNING_P12_PATH: cannot read/,
    );
    expect(() => make({ SIGNING_P12_PATH: path, SIGNING_P12_PASSWORD: 'wrong' })).toThrow(
      /^SIGNING_P12_PATH: cannot open the PKCS#12 file/,
    );
  });
});
