import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations (one active per person and event, enforced by a partial unique index),
 * check-ins (once per registration and event, or per session; idempotent by client id),
 * and the link from a user account to its person record.
 */
export class RegistrationsAndAttendance1795410000000 implements MigrationInterface {
  name = 'RegistrationsAndAttendance1795410000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN person_id uuid UNIQUE REFERENCES people(id) ON DELETE SET NULL`);

    await q.query(`CREATE TABLE registrations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      role varchar(16) NOT NULL DEFAULT 'delegate'
        CHECK (role IN ('delegate', 'speaker', 'moderator', 'guest', 'press', 'staff')),
      status varchar(16) NOT NULL
        CHECK (status IN ('invited', 'pending', 'registered', 'waitlisted', 'declined', 'cancelled')),
      badge_code varchar(32) NOT NULL UNIQUE,
      waitlisted_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      idempotency_key varchar(200),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'waitlisted') = (waitlisted_at IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX registrations_active_key ON registrations (event_id, person_id)
      WHERE status IN ('invited', 'pending', 'registered', 'waitlisted')`);
    await q.query(`CREATE UNIQUE INDEX registrations_idempotency_key ON registrations (event_id, created_by, idempotency_key)
      WHERE idempotency_key IS NOT NULL`);
    await q.query(`CREATE INDEX registrations_event_status_idx ON registrations (event_id, status)`);
    await q.query(
      `CREATE INDEX registrations_waitlist_idx ON registrations (event_id, waitlisted_at) WHERE status = 'waitlisted'`,
    );
    await q.query(`CREATE INDEX registrations_person_idx ON registrations (person_id)`);

    await q.query(`CREATE TABLE check_ins (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
      session_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      device_id varchar(100),
      client_id varchar(100),
      recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX check_ins_event_key ON check_ins (registration_id) WHERE session_id IS NULL`);
    await q.query(
      `CREATE UNIQUE INDEX check_ins_session_key ON check_ins (registration_id, session_id) WHERE session_id IS NOT NULL`,
    );
    await q.query(`CREATE TABLE check_in_clients (
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      client_id varchar(100) NOT NULL,
      check_in_id uuid REFERENCES check_ins(id) ON DELETE CASCADE,
      status varchar(24) NOT NULL,
      code varchar(40),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, client_id)
    )`);
    await q.query(`CREATE INDEX check_ins_event_idx ON check_ins (event_id, session_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE check_in_clients`);
    await q.query(`DROP TABLE check_ins`);
    await q.query(`DROP TABLE registrations`);
    await q.query(`ALTER TABLE users DROP COLUMN person_id`);
  }
}
