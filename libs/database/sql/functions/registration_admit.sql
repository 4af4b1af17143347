-- The current definition of registration_admit, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION registration_admit(p_event uuid, p_version integer, p_person uuid, p_role character varying, p_pending boolean, p_badge character varying, p_created_by uuid, p_key character varying)
RETURNS TABLE("eventFresh" boolean, "personFound" boolean, id uuid, "eventId" uuid, "personId" uuid, role character varying, status character varying, "badgeCode" character varying, "waitlistPosition" integer, "createdBy" uuid, version integer, "createdAt" timestamp with time zone, "checkedInAt" timestamp with time zone, "fullName" jsonb, "position" jsonb, "organizationName" jsonb, "regionCode" character varying, email character varying, language character varying)
LANGUAGE plpgsql VOLATILE
AS $function$
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
      END
$function$;
