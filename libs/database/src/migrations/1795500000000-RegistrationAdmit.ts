import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A registration in one round trip. Registrations of one event queue on the event's row, so
 * the time that lock is held bounds how many a second one forum takes: `registration_admit`
 * takes it, decides registered / waitlisted / pending and inserts, all inside the database,
 * and the lock goes with the statement's commit. The app checks the rules (window, status,
 * role) on the event as it read it and passes that version: a changed event answers
 * `eventFresh = false` and the app checks again.
 *
 * The seats taken and the waitlist's length are kept per event in `event_seat_counts` by a
 * trigger on registrations, whatever code path changes a status: counting a thousand
 * registrations under the lock at every registration made a rush slower the fuller it got.
 *
 * The e-mail about it is not rendered under the lock: `registration_notices` holds what to
 * say, in the same transaction, and the mail worker turns each into an outbox message.
 */
export class RegistrationAdmit1795500000000 implements MigrationInterface {
  name = 'RegistrationAdmit1795500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE registration_notices (
      id bigserial PRIMARY KEY,
      registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
      kind varchar(16) NOT NULL CHECK (kind IN ('registered', 'waitlisted', 'received')),
      waitlist_position integer CHECK (waitlist_position > 0),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX registration_notices_registration_idx ON registration_notices (registration_id)`);
    // Not columns of events: every change there bumps the event's agenda version (its caches).
    await q.query(`CREATE TABLE event_seat_counts (
      event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
      registered integer NOT NULL DEFAULT 0 CHECK (registered >= 0),
      waitlisted integer NOT NULL DEFAULT 0 CHECK (waitlisted >= 0)
    )`);
    await q.query(`INSERT INTO event_seat_counts (event_id, registered, waitlisted)
      SELECT event_id, count(*) FILTER (WHERE status = 'registered'), count(*) FILTER (WHERE status = 'waitlisted')
      FROM registrations GROUP BY event_id`);
    await q.query(`CREATE FUNCTION count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        d_registered integer := 0;
        d_waitlisted integer := 0;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          d_registered := d_registered - (OLD.status = 'registered')::int;
          d_waitlisted := d_waitlisted - (OLD.status = 'waitlisted')::int;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          d_registered := d_registered + (NEW.status = 'registered')::int;
          d_waitlisted := d_waitlisted + (NEW.status = 'waitlisted')::int;
        END IF;
        IF d_registered <> 0 OR d_waitlisted <> 0 THEN
          UPDATE event_seat_counts SET registered = registered + d_registered, waitlisted = waitlisted + d_waitlisted
          WHERE event_id = COALESCE(NEW.event_id, OLD.event_id);
          IF NOT FOUND THEN
            -- An event's first registration (a decrease always follows an increase). Not one
            -- upsert: a CHECK holds for the proposed row even when it conflicts.
            INSERT INTO event_seat_counts AS c (event_id, registered, waitlisted)
            VALUES (NEW.event_id, d_registered, d_waitlisted)
            ON CONFLICT (event_id) DO UPDATE
              SET registered = c.registered + EXCLUDED.registered, waitlisted = c.waitlisted + EXCLUDED.waitlisted;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER registrations_count_seats AFTER INSERT OR UPDATE OF status OR DELETE ON registrations
      FOR EACH ROW EXECUTE FUNCTION count_seats()`);
    // Each statement of a plpgsql function takes a fresh snapshot (read committed): the insert
    // below sees every registration committed before the lock was granted.
    await q.query(`CREATE FUNCTION registration_admit(
        p_event uuid, p_version integer, p_person uuid, p_role varchar, p_pending boolean,
        p_badge varchar, p_created_by uuid, p_key varchar)
      RETURNS TABLE ("eventFresh" boolean, "personFound" boolean, id uuid, "eventId" uuid, "personId" uuid,
        role varchar, status varchar, "badgeCode" varchar, "waitlistPosition" integer, "createdBy" uuid,
        version integer, "createdAt" timestamptz, "checkedInAt" timestamptz, "fullName" jsonb, "position" jsonb,
        "organizationName" jsonb, "regionCode" varchar, email varchar, language varchar)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_capacity integer;
        v_registered integer;
        v_waitlisted integer;
      BEGIN
        SELECT e.capacity INTO v_capacity FROM events e WHERE e.id = p_event AND e.version = p_version FOR UPDATE;
        IF NOT FOUND THEN
          RETURN QUERY SELECT false, false, NULL::uuid, NULL::uuid, NULL::uuid, NULL::varchar, NULL::varchar,
            NULL::varchar, NULL::integer, NULL::uuid, NULL::integer, NULL::timestamptz, NULL::timestamptz,
            NULL::jsonb, NULL::jsonb, NULL::jsonb, NULL::varchar, NULL::varchar, NULL::varchar;
          RETURN;
        END IF;
        SELECT c.registered, c.waitlisted INTO v_registered, v_waitlisted FROM event_seat_counts c WHERE c.event_id = p_event;
        RETURN QUERY
        WITH person AS (
          SELECT p.id, p.full_name, p.position, o.name AS organization_name, p.region_code, p.email, p.language
          FROM people p LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id = p_person
        ), decided AS (
          SELECT s.status, CASE WHEN s.status = 'waitlisted' THEN COALESCE(v_waitlisted, 0) + 1 END AS place
          FROM (SELECT CASE WHEN p_pending THEN 'pending'
                            WHEN v_capacity IS NULL OR COALESCE(v_registered, 0) < v_capacity THEN 'registered'
                            ELSE 'waitlisted' END AS status) s
        ), inserted AS (
          INSERT INTO registrations AS r (event_id, person_id, role, status, badge_code, waitlisted_at, created_by, idempotency_key)
          SELECT p_event, person.id, p_role, decided.status, p_badge,
                 CASE WHEN decided.status = 'waitlisted' THEN clock_timestamp() END, p_created_by, p_key
          FROM person, decided
          ON CONFLICT (event_id, person_id) WHERE status IN ('invited', 'pending', 'registered', 'waitlisted') DO NOTHING
          RETURNING r.id, r.event_id, r.person_id, r.role, r.status, r.badge_code, r.created_by, r.version, r.created_at
        ), notice AS (
          INSERT INTO registration_notices (registration_id, kind, waitlist_position)
          SELECT i.id, CASE WHEN i.status = 'pending' THEN 'received' ELSE i.status END, decided.place
          FROM inserted i, decided, person WHERE person.email IS NOT NULL
        )
        SELECT true, EXISTS (SELECT 1 FROM person), i.id, i.event_id, i.person_id, i.role, i.status, i.badge_code,
               CASE WHEN i.status = 'waitlisted' THEN d.place END, i.created_by, i.version, i.created_at,
               NULL::timestamptz, person.full_name, person.position, person.organization_name, person.region_code,
               person.email, person.language
        FROM (SELECT 1) one LEFT JOIN inserted i ON true LEFT JOIN person ON true CROSS JOIN decided d;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION registration_admit(uuid, integer, uuid, varchar, boolean, varchar, uuid, varchar)`);
    await q.query(`DROP TABLE registration_notices`);
    await q.query(`DROP TRIGGER registrations_count_seats ON registrations`);
    await q.query(`DROP FUNCTION count_seats()`);
    await q.query(`DROP TABLE event_seat_counts`);
  }
}
