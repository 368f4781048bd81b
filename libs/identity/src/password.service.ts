import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { argon2id, hash, type HashOptions, verify } from 'argon2';

// OWASP's first recommended argon2id configuration: 19 MiB, 2 iterations, 1 lane (about 40 ms a hash).
const OPTIONS: HashOptions = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordService implements OnModuleInit {
  private dummyHash?: Promise<string>;

  async onModuleInit(): Promise<void> {
    await this.dummy();
  }

  hash(password: string): Promise<string> {
    return hash(normalize(password), OPTIONS);
  }

  /**
   * Whether `password` matches `digest`. Without a digest (unknown user, or one without a password) a dummy
   * hash is verified all the same, so the time taken does not tell whether the user exists.
   */
  async verify(digest: string | null, password: string): Promise<boolean> {
    try {
      const matches = await verify(digest ?? (await this.dummy()), normalize(password));
      return digest !== null && matches;
    } catch {
      return false;
    }
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hash(randomBytes(24).toString('base64'));
    return this.dummyHash;
  }
}

// Vietnamese keyboards type either precomposed (NFC) or combining (NFD) diacritics: both must match.
const normalize = (password: string): string => password.normalize('NFC');
