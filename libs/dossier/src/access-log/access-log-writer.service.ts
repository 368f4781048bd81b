import { Injectable } from '@nestjs/common';
import { Clock } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import { DataSource } from 'typeorm';
import type { AccessRead } from './access-log.types';

interface Entry {
  at: Date;
  user: AuthUser;
  read: AccessRead;
}

interface Waiting {
  entries: Entry[];
  done: (error?: unknown) => void;
}

/**
 * Writes reads of personal data to `access_log`, awaited before the data is answered, so a read that could not be
 * logged is not served. Reads recorded while an INSERT is under way wait for it to end and then go in one INSERT
 * together (one commit for many concurrent reads); each caller is answered only once the statement holding its
 * rows has committed, so a crash loses no row of a read already answered. Should a shared INSERT fail, each
 * caller's rows are tried again on their own: one caller's failure is not another's.
 */
@Injectable()
export class AccessLogWriterService {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  record(user: AuthUser, reads: readonly AccessRead[]): Promise<void> {
    if (reads.length === 0) return Promise.resolve();
    const at = this.clock.now();
    return new Promise<void>((resolve, reject) => {
      const entries = reads.map((read) => ({ at, user, read }));
      this.waiting.push({ entries, done: (error) => (error === undefined ? resolve() : reject(error)) });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      await this.write(batch);
    }
    this.writing = false;
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      await this.insert(batch.flatMap((w) => w.entries));
      for (const w of batch) w.done();
    } catch (error) {
      if (batch.length === 1) batch[0].done(error);
      else for (const w of batch) await this.write([w]);
    }
  }

  private async insert(entries: Entry[]): Promise<void> {
    const column = <T>(f: (e: Entry) => T): T[] => entries.map(f);
    await this.dataSource.query(
      `INSERT INTO access_log (at, user_id, username, user_unit, dossier_id, dossier_code, kind, detail, fields)
       SELECT * FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[],
                            $8::text[], $9::text[])`,
      [
        column((e) => e.at),
        column((e) => e.user.id),
        column((e) => e.user.username),
        column((e) => e.user.unitId),
        column((e) => e.read.dossierId),
        column((e) => e.read.dossierCode),
        column((e) => e.read.kind),
        column((e) => e.read.detail),
        column((e) => e.read.fields),
      ],
    );
  }
}
