-- The current definition of notify_regions_change, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION notify_regions_change()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        PERFORM pg_notify('regions_changed', '');
        RETURN NULL;
      END
$function$;
