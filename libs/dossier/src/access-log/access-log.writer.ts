import { Injectable } from '@nestjs/common';
import { Clock } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import { DataSource } from 'typeorm';
import type { AccessRead } from './access-log.types';

/**
 * Writes reads of personal data to `access_log`: one INSERT per request whatever the number of dossiers read
 * (a search page, a tracking book), awaited before the data is answered, so a read that could not be logged is
 * not served.
 */
@Injectable()
export class AccessLogWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(user: AuthUser, reads: readonly AccessRead[]): Promise<void> {
    if (reads.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO access_log (at, user_id, username, user_unit, dossier_id, dossier_code, kind, detail, fields)
       SELECT $1, $2, $3, $4, r.dossier_id, r.dossier_code, r.kind, r.detail, r.fields
         FROM unnest($5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS r(dossier_id, dossier_code, kind, detail, fields)`,
      [
        this.clock.now(),
        user.id,
        user.username,
        user.unitId,
        reads.map((r) => r.dossierId),
        reads.map((r) => r.dossierCode),
        reads.map((r) => r.kind),
        reads.map((r) => r.detail),
        reads.map((r) => r.fields),
      ],
    );
  }
}
