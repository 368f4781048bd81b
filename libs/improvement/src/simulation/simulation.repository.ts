import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';

export interface ArrivalRow {
  code: string;
  clock_started_at: Date;
  due_at: Date;
  finished_at: Date | null;
  step: string | null;
  step_started_at: Date | null;
}

export interface StaffRow {
  unit_id: string;
  role: string;
  n: number;
}

/**
 * The dossiers the simulation replays: those on one revision whose clock started in [from, to), that were neither
 * refused, withdrawn nor stopped and never waited for a supplement (a supplement restarts the clock: the citizen's
 * time, not the procedure's).
 */
const IN_SCOPE = `d.procedure_version_id = $1 AND d.clock_started_at >= $2 AND d.clock_started_at < $3
  AND d.status NOT IN ('refused', 'withdrawn', 'stopped')
  AND NOT EXISTS (SELECT 1 FROM dossier_pause p WHERE p.dossier_id = d.id)`;

@Injectable()
export class SimulationRepository {
  async revisionId(db: DataSource, code: string, version: number): Promise<string | null> {
    const rows = (await db.query(
      `SELECT id FROM procedure_version WHERE code = $1 AND declared_version = $2 ORDER BY revision DESC LIMIT 1`,
      [code, version],
    )) as Array<{ id: string }>;
    return rows[0]?.id ?? null;
  }

  arrivals(db: DataSource, revisionId: string, from: Date, to: Date): Promise<ArrivalRow[]> {
    return db.query(
      `SELECT d.code, d.clock_started_at, d.due_at, d.finished_at, d.step, d.step_started_at
         FROM dossier d WHERE ${IN_SCOPE} AND d.due_at IS NOT NULL
        ORDER BY d.clock_started_at, d.code`,
      [revisionId, from, to],
    );
  }

  /** Per dossier, its hand-overs out of a step in order: `step action next minutes` (`-`: none), comma-separated. */
  async trajectories(db: DataSource, revisionId: string, from: Date, to: Date): Promise<string[]> {
    const rows = (await db.query(
      `SELECT string_agg(e.from_step || ' ' || e.action || ' ' || coalesce(e.to_step, '-') || ' '
                           || round(e.working_minutes)::int, ','
                         ORDER BY e.version) AS t
         FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE ${IN_SCOPE} AND e.occurred_at >= $2
          AND e.from_step IS NOT NULL AND e.working_minutes IS NOT NULL
        GROUP BY e.dossier_id ORDER BY min(d.code)`,
      [revisionId, from, to],
    )) as Array<{ t: string }>;
    return rows.map((r) => r.t);
  }

  /** Active officers by unit and role. */
  staff(db: DataSource): Promise<StaffRow[]> {
    return db.query(
      `SELECT u.unit_id, r.role, count(*)::int AS n
         FROM app_user u CROSS JOIN LATERAL unnest(u.roles) AS r(role)
        WHERE u.active AND NOT u.system_account GROUP BY 1, 2`,
    );
  }
}
