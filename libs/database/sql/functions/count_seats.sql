-- The current definition of count_seats, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION count_seats()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
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
      END
$function$;
