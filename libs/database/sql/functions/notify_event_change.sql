-- The current definition of notify_event_change, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION notify_event_change()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        PERFORM pg_notify('event_changed', to_jsonb(COALESCE(NEW, OLD)) ->> TG_ARGV[0]);
        RETURN NULL;
      END
$function$;
