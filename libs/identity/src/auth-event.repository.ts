import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type AuthEventKind =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'password_changed'
  | 'password_set'
  | 'user_deactivated'
  | 'user_activated';

export interface AuthEvent {
  kind: AuthEventKind;
  /** The account concerned (for a failed login, the username typed, known or not). */
  username: string;
  /** Who did it, when not the user themselves (an administrator, or `cli`). */
  actor?: string;
  address?: string;
  detail?: string;
}

export interface AuthEventRow {
  at: Date;
  kind: AuthEventKind;
  username: string | null;
  actor: string | null;
  address: string | null;
  detail: string | null;
}

/** The account log: logins, refused logins, logouts, password changes and resets, deactivations. Staff only. */
@Injectable()
export class AuthEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(event: AuthEvent, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO auth_event (at, kind, username, actor, address, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        at,
        event.kind,
        event.username.slice(0, 64),
        event.actor ?? null,
        event.address?.slice(0, 64) ?? null,
        event.detail ?? null,
      ],
    );
  }

  /** The latest events of `username`, newest first. */
  async recent(username: string, limit: number): Promise<AuthEventRow[]> {
    return (await this.dataSource.query(
      `SELECT at, kind, username, actor, address, detail FROM auth_event
       WHERE username = $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [username, limit],
    )) as AuthEventRow[];
  }
}
