import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dossiers1763741000000 implements MigrationInterface {
  name = 'Dossiers1763741000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE dossier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        procedure_code varchar(8) NOT NULL,
        procedure_version_id uuid NOT NULL REFERENCES procedure_version(id),
        receiving_unit varchar(64) NOT NULL,
        route_units text[] NOT NULL,
        channel varchar(16) NOT NULL CHECK (channel IN ('in_person', 'online', 'post')),
        status varchar(24) NOT NULL CHECK (status IN ('awaiting_documents', 'accepted', 'in_progress',
          'awaiting_supplement', 'result_ready', 'done', 'refused', 'withdrawn', 'stopped')),
        applicant jsonb NOT NULL,
        applicant_name text NOT NULL,
        applicant_id_number varchar(20) NOT NULL,
        documents jsonb NOT NULL,
        summary text,
        machine_state jsonb,
        step varchar(64),
        step_owner_unit varchar(64),
        step_owner_role varchar(16),
        assignee_id uuid,
        received_at timestamptz NOT NULL,
        accepted_at timestamptz,
        clock_started_at timestamptz,
        due_at timestamptz,
        step_started_at timestamptz,
        step_due_at timestamptz,
        paused_at timestamptz,
        extended_at timestamptz,
        result_ready_at timestamptz,
        finished_at timestamptz,
        last_activity_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT dossier_code_key UNIQUE (code)
      )`);
    await q.query(`CREATE INDEX dossier_inbox_idx ON dossier (step_owner_unit, step_owner_role, step_due_at)
      WHERE step IS NOT NULL`);
    await q.query(`CREATE INDEX dossier_received_idx ON dossier (received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX dossier_status_idx ON dossier (status, received_at DESC)`);
    await q.query(`CREATE INDEX dossier_procedure_idx ON dossier (procedure_code, received_at DESC)`);
    await q.query(`CREATE INDEX dossier_route_idx ON dossier USING gin (route_units)`);
    await q.query(`CREATE INDEX dossier_name_trgm_idx ON dossier USING gin (applicant_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX dossier_id_number_idx ON dossier (applicant_id_number)`);
    await q.query(
      `CREATE INDEX dossier_pending_intake_idx ON dossier (accepted_at) WHERE status = 'accepted'`,
    );

    await q.query(`
      CREATE TABLE dossier_event (
        id bigserial PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        version integer NOT NULL,
        action varchar(40) NOT NULL,
        from_step varchar(64),
        to_step varchar(64),
        from_status varchar(24),
        to_status varchar(24) NOT NULL,
        actor_id uuid,
        actor_username varchar(64),
        actor_name text,
        actor_title text,
        actor_unit varchar(64),
        actor_role varchar(16),
        comment text,
        payload jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL,
        step_started_at timestamptz,
        step_due_at timestamptz,
        working_minutes numeric(12, 2),
        timeliness varchar(8) CHECK (timeliness IN ('early', 'on_time', 'late')),
        CONSTRAINT dossier_event_version_key UNIQUE (dossier_id, version)
      )`);

    await q.query(`
      CREATE TABLE dossier_pause (
        id bigserial PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        step varchar(64),
        reason text NOT NULL,
        missing_items jsonb NOT NULL DEFAULT '[]',
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        due_before timestamptz,
        due_after timestamptz
      )`);
    await q.query(`CREATE INDEX dossier_pause_dossier_idx ON dossier_pause (dossier_id, started_at)`);

    await q.query(`
      CREATE TABLE dossier_sequence (
        agency_id varchar(20) NOT NULL,
        day date NOT NULL,
        last integer NOT NULL,
        PRIMARY KEY (agency_id, day)
      )`);

    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        queue varchar(64) NOT NULL,
        job_name varchar(64) NOT NULL,
        job_id varchar(200) NOT NULL,
        payload jsonb NOT NULL,
        delay_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE relayed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox, dossier_sequence, dossier_pause, dossier_event, dossier`);
  }
}
