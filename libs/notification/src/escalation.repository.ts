import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApologyReminderEntity } from './apology-reminder.entity';
import { EscalationEntity } from './escalation.entity';
import type { EscalationLevel, FlagName } from './notification.types';

/** A row of the deadline engine's `dossier_flag` table. */
export interface FlagRow {
  id: string;
  dossierId: string;
  flag: FlagName;
  subject: string;
  step: string | null;
  ownerUnit: string | null;
  ownerRole: string | null;
  raisedAt: Date;
  clearedAt: Date | null;
}

/** An escalation level that should have a job in the queue: not recorded yet, its flag open. */
export interface PendingLevel {
  flagId: string;
  level: EscalationLevel;
  /** When it falls due; null: at once (level 1). */
  dueAt: Date | null;
}

const FINISHED = `('done', 'refused', 'withdrawn', 'stopped')`;

@Injectable()
export class EscalationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Reads a flag and holds a share lock on it until `manager`'s transaction ends: whoever clears it waits for an
   * escalation in progress, and an escalation that comes after sees it cleared. The dossier row is locked first
   * (FOR KEY SHARE, which the rows inserted next take anyway for their foreign keys), in the order the deadline
   * tracker takes them: dossier, then flag. Null when there is no such flag.
   */
  async lockFlag(manager: EntityManager, id: string): Promise<FlagRow | null> {
    const [ref] = (await manager.query('SELECT dossier_id FROM dossier_flag WHERE id = $1', [id])) as Array<{
      dossier_id: string;
    }>;
    if (!ref) return null;
    await manager.query('SELECT 1 FROM dossier WHERE id = $1 FOR KEY SHARE', [ref.dossier_id]);
    const [row] = (await manager.query(
      `SELECT id::text AS "id", dossier_id AS "dossierId", flag, subject, step, owner_unit AS "ownerUnit",
              owner_role AS "ownerRole", raised_at AS "raisedAt", cleared_at AS "clearedAt"
         FROM dossier_flag WHERE id = $1 FOR SHARE`,
      [id],
    )) as FlagRow[];
    return row ?? null;
  }

  /** Records a level; false when it was recorded before (the job was delivered again). */
  async record(manager: EntityManager, escalation: Omit<EscalationEntity, 'id'>): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(EscalationEntity)
      .values(escalation)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  /** Records an apology reminder; false when this dossier and appointment had one. */
  async recordApology(manager: EntityManager, reminder: Omit<ApologyReminderEntity, 'id'>): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ApologyReminderEntity)
      .values(reminder)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  /**
   * The levels whose job should be in the queue: level 1 of open flags raised before `raisedBefore` that have
   * none recorded, and the next level of every recorded one that has a next. Only flags of unfinished dossiers.
   */
  pendingLevels(raisedBefore: Date, limit: number): Promise<PendingLevel[]> {
    return this.dataSource.query(
      `SELECT f.id::text AS "flagId", 1 AS "level", NULL::timestamptz AS "dueAt"
         FROM dossier_flag f JOIN dossier d ON d.id = f.dossier_id
        WHERE f.cleared_at IS NULL AND f.raised_at < $1 AND d.status NOT IN ${FINISHED}
          AND NOT EXISTS (SELECT 1 FROM escalation e WHERE e.flag_id = f.id)
       UNION ALL
       SELECT e.flag_id::text, e.level + 1, e.next_level_at
         FROM escalation e JOIN dossier_flag f ON f.id = e.flag_id JOIN dossier d ON d.id = f.dossier_id
        WHERE e.next_level_at IS NOT NULL AND f.cleared_at IS NULL AND d.status NOT IN ${FINISHED}
          AND NOT EXISTS (SELECT 1 FROM escalation n WHERE n.flag_id = e.flag_id AND n.level = e.level + 1)
       LIMIT $2`,
      [raisedBefore, limit],
    );
  }
}
