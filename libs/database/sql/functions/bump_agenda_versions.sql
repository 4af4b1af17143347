-- The current definition of bump_agenda_versions, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION bump_agenda_versions(ids uuid[])
RETURNS void
LANGUAGE sql VOLATILE
AS $function$
      INSERT INTO agenda_versions AS v (event_id, version)
      SELECT e.id, 1 FROM events e WHERE e.id = ANY(ids) ORDER BY e.id
      ON CONFLICT (event_id) DO UPDATE SET version = v.version + 1
$function$;
