import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations answered through a single-purpose link (only the token's hash is kept),
 * and seats in parallel sessions: a sign-up per registration and session, never over the seats.
 */
export class InvitationsAndSignups1795420000000 implements MigrationInterface {
  name = 'InvitationsAndSignups1795420000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registrations
      ADD COLUMN invitation_token_hash bytea UNIQUE,
      ADD COLUMN responded_at timestamptz`);

    await q.query(`ALTER TABLE sessions ADD COLUMN seats integer CHECK (seats > 0)`);
    await q.query(`CREATE TABLE session_signups (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
      status varchar(16) NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
      waitlisted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'waitlisted') = (waitlisted_at IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX session_signups_active_key ON session_signups (session_id, registration_id)
      WHERE status IN ('confirmed', 'waitlisted')`);
    await q.query(`CREATE INDEX session_signups_registration_idx ON session_signups (registration_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_signups`);
    await q.query(`ALTER TABLE sessions DROP COLUMN seats`);
    await q.query(`ALTER TABLE registrations DROP COLUMN invitation_token_hash, DROP COLUMN responded_at`);
  }
}
