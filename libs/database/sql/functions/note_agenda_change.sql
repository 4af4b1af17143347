-- The current definition of note_agenda_change, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION note_agenda_change()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      DECLARE changed uuid;
      BEGIN
        changed := (to_jsonb(COALESCE(NEW, OLD)) ->> TG_ARGV[0])::uuid;
        IF EXISTS (SELECT 1 FROM events WHERE id = changed AND status = 'published') THEN
          INSERT INTO agenda_changes (event_id, first_change_at, last_change_at) VALUES (changed, now(), now())
          ON CONFLICT (event_id) DO UPDATE SET last_change_at = now();
        END IF;
        RETURN NULL;
      END
$function$;
