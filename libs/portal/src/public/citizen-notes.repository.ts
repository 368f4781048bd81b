import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NoticeEvent } from './public.view';

/** The events whose content the citizen was given on paper: supplement requests, extensions, reception's record. */
@Injectable()
export class CitizenNotesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async newestFirst(dossierId: string): Promise<NoticeEvent[]> {
    const rows = (await this.dataSource.query(
      `SELECT action, to_status AS "toStatus", payload, occurred_at AS "occurredAt" FROM dossier_event
        WHERE dossier_id = $1
          AND (action = 'extend' OR to_status IN ('awaiting_supplement', 'awaiting_documents')
               OR payload ? 'resultDelivery')
        ORDER BY version DESC`,
      [dossierId],
    )) as NoticeEvent[];
    return rows;
  }
}
