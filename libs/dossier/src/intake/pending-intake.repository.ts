import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PendingIntake {
  id: string;
  acceptedAt: Date;
}

@Injectable()
export class PendingIntakeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Accepted dossiers accepted before `before`, oldest first, after the cursor (dossier_pending_intake_idx). */
  async page(before: Date, limit: number, after?: PendingIntake): Promise<PendingIntake[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, accepted_at FROM dossier
       WHERE status = 'accepted' AND accepted_at < $1 AND (accepted_at, id) > ($2::timestamptz, $3::uuid)
       ORDER BY accepted_at, id LIMIT $4`,
      [before, after?.acceptedAt ?? '-infinity', after?.id ?? '00000000-0000-0000-0000-000000000000', limit],
    )) as Array<{ id: string; accepted_at: Date }>;
    return rows.map((r) => ({ id: r.id, acceptedAt: r.accepted_at }));
  }
}
