import { Client } from 'pg';
import type { PersistedState } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import type { Workload } from './core-drive';

/** What a transition writes, computed beforehand: the raw loop runs SQL only. */
export interface RawMove {
  action: string;
  fromStep: string;
  toStep: string | null;
  toStatus: string;
  ownerUnit: string | null;
  ownerRole: string | null;
  state: PersistedState;
  actor: AuthUser;
}

/**
 * The durable transition with nothing around it, one `pg` client per actor: BEGIN; SELECT … FOR UPDATE;
 * UPDATE dossier; INSERT the audit event; INSERT an outbox row; COMMIT. Each actor cycles through the moves on
 * its own dossiers, round after round.
 */
export class RawTransitions implements Workload {
  private readonly clients: Client[] = [];
  private readonly position: number[] = [];

  constructor(
    private readonly url: string,
    private readonly dossiers: string[][],
    private readonly moves: RawMove[],
  ) {}

  async open(): Promise<void> {
    for (let i = 0; i < this.dossiers.length; i++) {
      const client = new Client({ connectionString: this.url, application_name: 'motcua-bench' });
      await client.connect();
      this.clients.push(client);
      this.position.push(0);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.end()));
  }

  async step(actor: number): Promise<boolean> {
    const mine = this.dossiers[actor];
    const at = this.position[actor]++;
    const id = mine[at % mine.length];
    const move = this.moves[Math.floor(at / mine.length) % this.moves.length];
    const client = this.clients[actor];
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ version: number; step: string | null; status: string }>(
        'SELECT version, step, status FROM dossier WHERE id = $1 FOR UPDATE',
        [id],
      );
      const version = rows[0].version + 1;
      await client.query(
        `UPDATE dossier SET status = $2, step = $3, step_owner_unit = $4, step_owner_role = $5, machine_state = $6,
           step_started_at = now(), step_due_at = now() + interval '2 hours', last_activity_at = now(),
           version = $7, updated_at = now()
         WHERE id = $1`,
        [id, move.toStatus, move.toStep, move.ownerUnit, move.ownerRole, move.state, version],
      );
      const { actor: user } = move;
      await client.query(
        `INSERT INTO dossier_event (dossier_id, version, action, from_step, to_step, from_status, to_status,
           actor_id, actor_username, actor_name, actor_title, actor_unit, actor_role, occurred_at, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now(), $14)`,
        [
          id,
          version,
          move.action,
          rows[0].step,
          move.toStep,
          rows[0].status,
          move.toStatus,
          user.id,
          user.username,
          user.fullName,
          user.title,
          user.unitId,
          user.roles[0],
          { actions: [] },
        ],
      );
      await client.query(
        `INSERT INTO outbox (queue, job_name, job_id, payload, delay_until)
         VALUES ('deadlines', 'check-deadlines', $1, $2, now() + interval '1 hour')`,
        [`deadline-${id}-${version}`, { dossierId: id, version }],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    return true;
  }
}
